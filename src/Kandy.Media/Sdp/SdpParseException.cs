// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Sdp;

/// <summary>Thrown by <see cref="SdpMessage.Parse"/> when the text is not a session description.</summary>
/// <remarks>Use <see cref="SdpMessage.TryParse(string?, out SdpMessage?, out string?)"/> where bad input is expected.</remarks>
public sealed class SdpParseException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="SdpParseException"/> class.</summary>
    public SdpParseException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SdpParseException"/> class.</summary>
    /// <param name="message">What is wrong, with the line number.</param>
    public SdpParseException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SdpParseException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SdpParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
