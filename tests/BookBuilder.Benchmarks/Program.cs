using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/BookBuilder.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(BookBuilder.Benchmarks.StageBenchmarks).Assembly).Run(args);
