# Parameter descriptions shared by every cmdlet that has the parameter (a cmdlet's own text wins).
@{
    Parameters = @{
        Session  = 'The session to use, as returned by Connect-Kandy or Get-KandySession. Without it, the most recent session opened in this runspace is used, so scripts with one user never need it; scripts with several users (caller and callee) pass it explicitly. Binds from the pipeline, by value and by property name.'
        PassThru = 'Writes the changed object to the pipeline. Without it, the cmdlet writes nothing.'
    }
}
