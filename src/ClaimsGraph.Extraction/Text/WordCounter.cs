namespace ClaimsGraph.Extraction.Text;

/// <summary>Words as ClaimsGraph counts them everywhere (article word counts, benchmark throughput): maximal runs of letters or digits.</summary>
public static class WordCounter
{
    public static int Count(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }
}
