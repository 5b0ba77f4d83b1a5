using System.Globalization;
using SiAnode.Scripting.Benchmarks;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var all = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal).ToList();
if (args.Length == 0 || args[0] is "-h" or "--help" or "list")
{
    Console.WriteLine("usage: sianode-bench NAME [args] | all");
    foreach (var b in all) Console.WriteLine($"  {b.Name,-20} {b.Description}");
    return 0;
}
var chosen = args[0] == "all" ? all : all.Where(b => b.Name == args[0]).ToList();
if (chosen.Count == 0)
{
    Console.Error.WriteLine($"sianode-bench: no benchmark named '{args[0]}'; try 'list'");
    return 2;
}
int rc = 0;
foreach (var b in chosen) rc |= b.Run(args[1..]);
return rc;
