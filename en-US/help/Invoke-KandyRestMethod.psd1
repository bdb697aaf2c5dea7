@{
    Synopsis    = 'Sends an authenticated request to the Kandy Link REST API.'
    Description = 'Invoke-KandyRestMethod sends a request with the session''s credentials to a path on its server (the SDK''s request.fetch) and returns the JSON answer as objects, or the text when the answer is not JSON. An error status ends the command with the KandyRequestFailed error; -Raw returns the status, headers and body of any answer instead.'
    Parameters  = @{
        Path    = 'The path on the server, for example /rest/version/1/user/alice@kandy.test/addressbook.'
        Method  = 'The HTTP method: GET (default), POST, PUT, DELETE or PATCH. Methods other than GET support -WhatIf.'
        Body    = 'The request body: a string is sent as it is, a hashtable or object as JSON.'
        Headers = 'Extra request headers, as a hashtable.'
        Raw     = 'Returns a KandyRestResponse (StatusCode, ReasonPhrase, ContentType, Headers, Content) and does not fail on an error status.'
    }
    Examples    = @(
        @{ Code = 'Invoke-KandyRestMethod "/rest/version/1/user/$((Get-KandySession -Current).UserName)/addressbook"'; Remarks = 'Reads the address book of the current user.' }
        @{ Code = '(Invoke-KandyRestMethod /rest/version/1/nothing -Raw).StatusCode'; Remarks = 'Returns the status code (404) instead of failing.' }
    )
    Links       = @('Connect-Kandy')
}
