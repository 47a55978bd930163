using Evidence.Corpus.Vocabulary;
using Evidence.Search.Analysis;
using Evidence.Search.Querying;

namespace Evidence.Search.Tests;

/// <summary>The hand-written highlighter: which passage, which window, what is marked, what is escaped.</summary>
public sealed class SnippetBuilderTests
{
    private static readonly EvidenceAnalyzer Analyzer = new(ConceptVocabulary.Empty);

    private static HashSet<string> Terms(string text) => [.. TextQuery.Terms(Analyzer, text).Select(t => t.Term)];

    private static string? Build(string query, params string?[] passages) => SnippetBuilder.Build(Analyzer, Terms(query), passages);

    [Fact]
    public void MatchedWords_AreMarked_AsWritten_WhateverTheirForm()
    {
        Assert.Equal("<mark>Scars</mark> looked better after <mark>healing</mark>.", Build("scar heal", "Scars looked better after healing."));
    }

    [Fact]
    public void Text_IsHtmlEscaped_AroundAndInsideMarks()
    {
        var snippet = Build("scar", "<script>alert(1)</script> & scars");

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>scars</mark>", snippet);
    }

    [Fact]
    public void ThePassageWithMostDistinctMatches_Wins()
    {
        var snippet = Build("acne scar laser", "Nothing relevant here.", "Acne improved.", "Acne scars improved after laser.");

        Assert.Equal("<mark>Acne</mark> <mark>scars</mark> improved after <mark>laser</mark>.", snippet);
    }

    [Fact]
    public void BlankPassages_AreSkipped_AndNoPassageGivesNull()
    {
        Assert.Equal("Second.", Build("scar", null, "  ", "Second."));
        Assert.Null(Build("scar", null, ""));
    }

    [Fact]
    public void LongPassage_IsCutToAWindowAroundTheMatches_WithEllipses()
    {
        var before = string.Join(" ", Enumerable.Repeat("filler", 60));
        var after = string.Join(" ", Enumerable.Repeat("tail", 80));

        var snippet = Build("scar", $"{before} the scars healed {after}")!;

        Assert.StartsWith("… ", snippet);
        Assert.EndsWith(" …", snippet);
        Assert.Contains("<mark>scars</mark> healed", snippet);
        Assert.InRange(snippet.Length, SnippetBuilder.Length / 2, SnippetBuilder.Length + 60);
    }

    [Fact]
    public void WithoutQueryTerms_TheFirstPassageIsShownUnmarked()
    {
        Assert.Equal("Summary first.", SnippetBuilder.Build(Analyzer, new HashSet<string>(), ["Summary first.", "Abstract later."]));
    }

    [Fact]
    public void AWordMatchedOftenCountsOnce_InAnyCase()
    {
        var snippet = Build("acne scar", "Scars, scars and SCARS everywhere.", "Acne scars faded.");

        Assert.Equal("<mark>Acne</mark> <mark>scars</mark> faded.", snippet);
    }

    [Fact]
    public void AConceptPhrase_IsMarkedWhole_NotWordByWord()
    {
        var vocabulary = new ConceptVocabulary([new Concept("striae-distensae", [ConceptKind.Condition], "Striae distensae", [], ["stretch marks"], null)]);
        var analyzer = new EvidenceAnalyzer(vocabulary);
        var terms = TextQuery.Terms(analyzer, "stretch marks").Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

        Assert.Contains(terms, ConceptTokens.IsConcept);
        Assert.Equal("Her <mark>stretch marks</mark> faded.", SnippetBuilder.Build(analyzer, terms, ["Her stretch marks faded."]));
    }
}
