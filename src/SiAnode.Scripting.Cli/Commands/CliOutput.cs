using System.Text.Encodings.Web;
using System.Text.Json;

namespace SiAnode.Scripting.Cli.Commands;

/// <summary>Shared output helpers: JSON with invariant numbers, errors on stderr with exit code 2.</summary>
internal static class CliOutput
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void WriteJson(object value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Json));

    /// <summary>Prints "sianode: message" on stderr and returns exit code 2 (bad input).</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine("sianode: " + message);
        return 2;
    }
}
