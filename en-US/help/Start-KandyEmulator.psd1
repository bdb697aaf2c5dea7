@{
    Synopsis    = 'Starts the built-in Kandy Link emulator.'
    Description = @'
Start-KandyEmulator starts a Kandy Link-compatible server on 127.0.0.1 in its own process and returns a KandyEmulator object: its Uri (for Connect-Kandy -Uri), its ControlUri (a control API that drops sockets, fails requests or expires tokens for tests), its Users (each with a ready Credential) and its built-in Numbers.

The emulator ends when Stop-KandyEmulator stops it, when the module is removed, or when this PowerShell process ends. Scripts and Pester tests can so run without a real server.
'@
    Parameters  = @{
        Port       = 'The TCP port to listen on. The default, 0, lets the system choose a free port.'
        Https      = 'Serves HTTPS and WSS with a self-signed certificate. Connect with -SkipCertificateCheck.'
        DataPath   = 'A folder where the emulator keeps its state between runs. Without it the state lives in memory.'
        UserFile   = 'A JSON file with the users to create instead of the built-in demo users.'
        TimeoutSec = 'How many seconds to wait for the emulator to be ready. The default is 30.'
    }
    Examples    = @(
        @{
            Code    = @'
$emulator = Start-KandyEmulator
Connect-Kandy -Uri $emulator.Uri -Credential $emulator.Users[0].Credential
'@
            Remarks = 'Starts an emulator and signs in its first user.'
        }
        @{
            Code    = 'BeforeAll { $emulator = Start-KandyEmulator }; AfterAll { $emulator | Stop-KandyEmulator }'
            Remarks = 'One emulator per Pester file.'
        }
    )
    Links       = @('Stop-KandyEmulator', 'Connect-Kandy')
}
