using BenchmarkDotNet.Running;
using BookBuilder.Benchmarks;

// Stage benchmarks: dotnet run -c Release --project tests/BookBuilder.Benchmarks -- --filter '*'
// The comparison book:  dotnet run -c Release --project tests/BookBuilder.Benchmarks -- make-book --copies 25 --out DIR
if (args.Length > 0 && args[0] == "make-book") return MakeBook.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
