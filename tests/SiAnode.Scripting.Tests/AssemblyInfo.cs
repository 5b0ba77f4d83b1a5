// Several tests redirect Console.Out or change the current directory (the notebook kernel does both, as the real kernel does),
// which are process-wide: run test classes one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
