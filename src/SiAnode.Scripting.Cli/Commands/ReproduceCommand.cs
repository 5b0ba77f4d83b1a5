using System.CommandLine;

namespace SiAnode.Scripting.Cli.Commands;

/// <summary><c>sianode reproduce</c>: runs every notebook and writes figures, gallery and results.csv.</summary>
internal static class ReproduceCommand
{
    public static Command Create()
    {
        var cmd = new Command("reproduce", "Run every notebook in notebooks/ and write executed notebooks, offline HTML figures, a gallery and results.csv.");
        cmd.SetAction(_ => CliOutput.Fail("not implemented yet"));
        return cmd;
    }
}
