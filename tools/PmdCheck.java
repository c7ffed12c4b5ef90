// Runs PMD 7 on Apex sources with the project's rule set and prints one line per violation.
// The PMD jars ship inside @salesforce/code-analyzer-pmd-engine but carry no CLI, so this file
// drives the PMD API directly. Usage (single-file source launch, Java 17):
//   java -cp "node_modules/@salesforce/code-analyzer-pmd-engine/dist/java-lib/*" \
//        tools/PmdCheck.java <ruleset.xml> <dir-or-file>...
// Exit codes: 0 clean, 4 violations, 5 processing/configuration errors, 2 usage.
import java.nio.file.Paths;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.LanguageRegistry;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;

public class PmdCheck {
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: PmdCheck <ruleset.xml> <path>...");
      System.exit(2);
    }
    PMDConfiguration config = new PMDConfiguration();
    config.addRuleSet(args[0]);
    config.setOnlyRecognizeLanguage(LanguageRegistry.PMD.getLanguageById("apex"));
    config.setIgnoreIncrementalAnalysis(true);
    for (int i = 1; i < args.length; i++) {
      config.addInputPath(Paths.get(args[i]));
    }
    int violations;
    int errors;
    try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
      Report report = pmd.performAnalysisAndCollectReport();
      for (RuleViolation v : report.getViolations()) {
        System.out.println(
            v.getFileId().getOriginalPath() + ":" + v.getBeginLine() + ": "
                + v.getRule().getName() + ": " + v.getDescription());
      }
      for (Report.ProcessingError e : report.getProcessingErrors()) {
        System.out.println(e.getFileId().getOriginalPath() + ": processing error: " + e.getMsg());
      }
      for (Report.ConfigurationError e : report.getConfigurationErrors()) {
        System.out.println("configuration error: " + e.issue());
      }
      violations = report.getViolations().size();
      errors = report.getProcessingErrors().size() + report.getConfigurationErrors().size()
          + pmd.getReporter().numErrors();
    }
    if (errors > 0) {
      System.exit(5);
    }
    System.exit(violations > 0 ? 4 : 0);
  }
}
