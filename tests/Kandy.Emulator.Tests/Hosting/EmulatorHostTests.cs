// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json.Nodes;
using Kandy.Emulator.Hosting;
using Kandy.Emulator.Users;

namespace Kandy.Emulator.Tests.Hosting;

public sealed class EmulatorHostTests
{
    [Fact]
    public async Task StartAsyncListensOnLoopbackWithPortChosenBySystem()
    {
        await using var emulator = await EmulatorHost.StartAsync();

        Assert.Equal("127.0.0.1", emulator.Uri.Host);
        Assert.NotEqual(0, emulator.Uri.Port);
        Assert.Equal(new Uri(emulator.Uri, "/_emulator"), emulator.ControlUri);
    }

    [Fact]
    public async Task ReadyLineCarriesUrisAndDemoUsers()
    {
        await using var emulator = await EmulatorHost.StartAsync();

        var line = emulator.Ready.ToLine();

        Assert.StartsWith("KANDY-EMULATOR-READY {", line, StringComparison.Ordinal);
        var json = JsonNode.Parse(line["KANDY-EMULATOR-READY ".Length..])!;
        Assert.Equal(emulator.Uri.ToString().TrimEnd('/'), json["uri"]!.GetValue<string>());
        Assert.Equal(emulator.Uri + "_emulator", json["controlUri"]!.GetValue<string>());
        var alice = json["users"]!.AsArray().Single(u => u!["userName"]!.GetValue<string>() == "alice@kandy.test")!;
        Assert.Equal("Alice-Pass-1", alice["password"]!.GetValue<string>());
        Assert.Equal("+15550100001", alice["phoneNumber"]!.GetValue<string>());
        Assert.Equal("Alice Adams", alice["displayName"]!.GetValue<string>());
        Assert.Empty(json["numbers"]!.AsObject());
        Assert.Equal(DemoUsers.All.Count, json["users"]!.AsArray().Count);
    }

    [Fact]
    public async Task UsersFileReplacesDemoUsers()
    {
        var file = Path.Combine(Path.GetTempPath(), "kandy-users-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, """[{"userName":"zoe@example.test","password":"pw","displayName":"Zoe Z","firstName":"Zoe","lastName":"Z","phoneNumber":"+15550199999"}]""");
        try
        {
            await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { UsersFile = file });

            var user = Assert.Single(emulator.Users);
            Assert.Equal(new EmulatorUser("zoe@example.test", "pw", "Zoe Z", "Zoe", "Z", "+15550199999"), user);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
