// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json;
using Kandy.Emulator.Http;
using Kandy.Emulator.Users;

namespace Kandy.Emulator.Hosting;

/// <summary>What a started emulator announces: the contents of the <c>KANDY-EMULATOR-READY</c> line.</summary>
/// <param name="Uri">Base URI of the Kandy Link REST and WebSocket endpoints.</param>
/// <param name="ControlUri">Base URI of the control API (<c>{Uri}/_emulator</c>).</param>
/// <param name="Users">The users that can sign in.</param>
/// <param name="Numbers">Special numbers (echo, ivr, busy, …); filled by the calls feature.</param>
public sealed record ReadyInfo(Uri Uri, Uri ControlUri, IReadOnlyList<EmulatorUser> Users, IReadOnlyDictionary<string, string> Numbers)
{
    /// <summary>The prefix of the ready line on standard output.</summary>
    public const string LinePrefix = "KANDY-EMULATOR-READY ";

    /// <summary>Gets the compact JSON of the ready line.</summary>
    public string ToJson() => JsonSerializer.Serialize(
        new
        {
            uri = Uri.ToString().TrimEnd('/'),
            controlUri = ControlUri.ToString().TrimEnd('/'),
            users = Users,
            numbers = Numbers,
        },
        JsonDefaults.Options);

    /// <summary>Gets the whole ready line.</summary>
    public string ToLine() => LinePrefix + ToJson();
}
