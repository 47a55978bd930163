using System.CommandLine;
using Evidence.IndexBuild.Commands;

var root = new RootCommand("Evidence index-build: validate a corpus, build its Lucene index, print statistics.")
{
    ValidateCommand.Create(Console.Out),
    BuildCommand.Create(Console.Out, Console.Error),
    StatsCommand.Create(Console.Out),
};
return root.Parse(args).Invoke();
