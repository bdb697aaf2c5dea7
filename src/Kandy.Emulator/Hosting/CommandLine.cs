// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Globalization;

namespace Kandy.Emulator.Hosting;

/// <summary>Parses the emulator's command line (see README.md).</summary>
internal sealed record CommandLine(EmulatorOptions Options, int? ParentPid)
{
    public const string Usage = "usage: Kandy.Emulator [--port N] [--https] [--data-path DIR] [--users FILE.json] [--parent-pid PID] [--log-level LEVEL]";

    /// <summary>Returns the parsed command line, or null with an error text.</summary>
    public static CommandLine? Parse(IReadOnlyList<string> args, out string? error)
    {
        var port = 0;
        var https = false;
        string? dataPath = null;
        string? users = null;
        int? parent = null;
        var level = LogLevel.Warning;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--https")
            {
                https = true;
                continue;
            }

            if (i + 1 >= args.Count)
            {
                error = $"Missing value for '{name}'.";
                return null;
            }

            var value = args[++i];
            var ok = name switch
            {
                "--port" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= 65535,
                "--data-path" => (dataPath = value) is not null,
                "--users" => (users = value) is not null,
                "--parent-pid" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && (parent = pid) > 0,
                "--log-level" => Enum.TryParse(value, ignoreCase: true, out level),
                _ => false,
            };
            if (!ok)
            {
                error = $"Invalid option '{name}' or value '{value}'.";
                return null;
            }
        }

        var options = new EmulatorOptions
        {
            Port = port,
            UseHttps = https,
            DataPath = dataPath,
            UsersFile = users,
            MinimumLogLevel = level,
        };
        return new CommandLine(options, parent);
    }
}
