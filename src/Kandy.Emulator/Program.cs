// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();
app.Urls.Add("http://127.0.0.1:0");
await app.RunAsync().ConfigureAwait(false);
