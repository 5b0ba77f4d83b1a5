namespace SiAnode.Scripting.Xps;

/// <summary>Splits a CasaXPS comment line into tokens: "(*text*)" groups are single tokens, the rest split at spaces.</summary>
internal static class CasaToken
{
    public static List<string> Split(string line)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < line.Length)
        {
            if (char.IsWhiteSpace(line[i])) { i++; continue; }
            if (line.AsSpan(i).StartsWith("(*"))
            {
                int end = line.IndexOf("*)", i + 2, StringComparison.Ordinal);
                if (end < 0) throw new FormatException($"unclosed '(*' in CasaXPS line '{line}'");
                tokens.Add(line[(i + 2)..end]);
                i = end + 2;
                continue;
            }
            int j = i;
            while (j < line.Length && !char.IsWhiteSpace(line[j])) j++;
            tokens.Add(line[i..j]);
            i = j;
        }
        return tokens;
    }
}
