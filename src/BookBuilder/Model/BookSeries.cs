namespace BookBuilder.Model;

/// <summary>The series a book belongs to, and its place in it when it has one.</summary>
/// <param name="Number">The book's position in the series (1 for the first), or null.</param>
public sealed record BookSeries(string Name, int? Number);
