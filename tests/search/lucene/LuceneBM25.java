// Index textkit's exported words with real Lucene and rank queries by its BM25 (the opt-in test in
// tests/search/test_opensearch.py compiles and runs this). Usage:
//   java -cp lucene-core.jar:lucene-analyzers-common.jar:. LuceneBM25 DOCS.tsv QUERIES.tsv K1 B K
// DOCS.tsv: excerpt id <TAB> words separated by spaces; QUERIES.tsv: query number <TAB> words.
// Prints: query number <TAB> excerpt id <TAB> score, best first, k per query.
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

public class LuceneBM25 {
  public static void main(String[] args) throws Exception {
    float k1 = Float.parseFloat(args[2]), b = Float.parseFloat(args[3]);
    int k = Integer.parseInt(args[4]);
    BM25Similarity similarity = new BM25Similarity(k1, b);
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setSimilarity(similarity);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (String line : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8)) {
        String[] cols = line.split("\t", -1);
        Document doc = new Document();
        doc.add(new StringField("id", cols[0], Field.Store.YES));
        doc.add(new TextField("words", cols[1], Field.Store.NO));
        writer.addDocument(doc);  // one segment, documents in excerpt order
      }
      writer.forceMerge(1);
    }
    IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
    searcher.setSimilarity(similarity);
    StringBuilder out = new StringBuilder();
    for (String line : Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t", -1);
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      for (String word : cols[1].split(" ")) {
        if (!word.isEmpty()) query.add(new TermQuery(new Term("words", word)), BooleanClause.Occur.SHOULD);
      }
      for (ScoreDoc hit : searcher.search(query.build(), k).scoreDocs) {
        out.append(cols[0]).append('\t').append(searcher.doc(hit.doc).get("id")).append('\t').append(hit.score).append('\n');
      }
    }
    System.out.print(out);
  }
}
