// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections.ObjectModel;

namespace Kandy.Media.Sdp;

/// <summary>The ordered <c>a=</c> lines of a session or media section, with name-based helpers.</summary>
/// <remarks>Names compare ordinally and case-sensitively, as RFC 8866 §5.13 defines them.</remarks>
public sealed class SdpAttributeList : Collection<SdpAttribute>
{
    /// <summary>Gets the value of the first attribute named <paramref name="name"/>.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The value, an empty string for a property attribute, or null when absent.</returns>
    public string? GetValue(string name)
    {
        foreach (var attribute in this)
        {
            if (attribute.Name == name)
            {
                return attribute.Value ?? string.Empty;
            }
        }

        return null;
    }

    /// <summary>Gets the values of every attribute named <paramref name="name"/>, in order.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The values (empty strings for property attributes).</returns>
    public IEnumerable<string> GetValues(string name) => this.Where(a => a.Name == name).Select(a => a.Value ?? string.Empty);

    /// <summary>Tells whether an attribute named <paramref name="name"/> is present.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>True when present.</returns>
    public bool Contains(string name) => this.Any(a => a.Name == name);

    /// <summary>Replaces the first attribute named <paramref name="name"/> (removing the others), or appends one.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The value, or null for a property attribute.</param>
    public void Set(string name, string? value)
    {
        var replacement = new SdpAttribute(name, value);
        var at = IndexOf(name);
        if (at < 0)
        {
            Add(replacement);
            return;
        }

        this[at] = replacement;
        for (var i = Count - 1; i > at; i--)
        {
            if (this[i].Name == name)
            {
                RemoveAt(i);
            }
        }
    }

    /// <summary>Adds or removes a property attribute such as <c>rtcp-mux</c>.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="present">Whether it should be present.</param>
    public void SetFlag(string name, bool present)
    {
        if (!present)
        {
            RemoveAll(name);
        }
        else if (!Contains(name))
        {
            Add(new SdpAttribute(name));
        }
    }

    /// <summary>Removes every attribute named <paramref name="name"/>.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>How many were removed.</returns>
    public int RemoveAll(string name) => RemoveWhere(a => a.Name == name);

    /// <summary>Removes every attribute that matches <paramref name="match"/>.</summary>
    /// <param name="match">The condition.</param>
    /// <returns>How many were removed.</returns>
    public int RemoveWhere(Func<SdpAttribute, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var removed = 0;
        for (var i = Count - 1; i >= 0; i--)
        {
            if (match(this[i]))
            {
                RemoveAt(i);
                removed++;
            }
        }

        return removed;
    }

    /// <summary>Replaces all attributes named <paramref name="name"/> by <paramref name="values"/>, at the place of the first.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="values">The new values.</param>
    public void SetAll(string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var at = IndexOf(name);
        RemoveAll(name);
        at = at < 0 ? Count : Math.Min(at, Count);
        foreach (var value in values)
        {
            Insert(at++, new SdpAttribute(name, value));
        }
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < Count; i++)
        {
            if (this[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
