namespace BookBuilder.Model;

/// <summary>
/// What a division written in a chapter file is, as book.yml declares it (<c>kind:</c>). Only
/// chapters are numbered; the others stand under their own titles, and the plan places them
/// before the body (foreword, preface), in it, or after it (afterword).
/// </summary>
public enum ChapterKind { Chapter, Foreword, Preface, Introduction, Prologue, Epilogue, Conclusion, Afterword }
