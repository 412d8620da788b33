package org.accordex.nlp;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's part-of-speech tagging ({@link POSTaggerME#tag(String[])}: the same beam search, context generator and
 * validator, so the same tags), at less cost: the search is {@link BeamSequenceSearch}, whose model answers the
 * beam's paths at a word from the sums the path before left, all but the features of the previous tags, and keeps the
 * sums of the features that tell of a word alone per word.
 *
 * <p>Not thread-safe, like {@link POSTaggerME}: one per thread.
 */
public final class BeamTagger {
    private static final int DEFAULT_BEAM_SIZE = POSTaggerME.DEFAULT_BEAM_SIZE;

    private final BeamSequenceSearch search;
    private final POSContextGenerator context;
    private final SequenceValidator<String> validator;

    public BeamTagger(POSModel model) {
        POSTaggerFactory factory = model.getFactory();
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int beamSize = beam == null ? DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        this.search = new BeamSequenceSearch(beamSize, model.getArtifact("pos.model"), BeamTagger::wordFeatures);
        this.context = factory.getPOSContextGenerator(beamSize);
        this.validator = factory.getSequenceValidator();
    }

    /**
     * The model's context opens with the features of the word alone, "def", its suffixes, its prefixes and "w=" and
     * the word; its neighbours and the previous tags follow: how many such first features {@code context} has.
     */
    static int wordFeatures(String[] context) {
        int k = 0;
        while (k < context.length && (context[k].equals("def") || context[k].startsWith("suf=") || context[k].startsWith("pre="))) {
            k++;
        }
        return k < context.length && context[k].startsWith("w=") ? k + 1 : 0;
    }

    /** The tags of the tokens of one sentence. */
    public String[] tag(String[] tokens) {
        return search.bestSequence(tokens, null, context, validator).getOutcomes().toArray(new String[0]);
    }
}
