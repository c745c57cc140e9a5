using BookBuilder.Model;

namespace BookBuilder.Plan;

/// <summary>
/// Where something stands in the book: its division and, in a chapter, the numbered section it is
/// in (null before the first section and outside chapters).
/// </summary>
public readonly record struct Place(PlannedDivision Division, Section? Section);
