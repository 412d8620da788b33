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
 * beam's paths at a word from the sums the path before left, all but the features of the previous tags.
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
        this.search = new BeamSequenceSearch(beamSize, model.getArtifact("pos.model"));
        this.context = factory.getPOSContextGenerator(beamSize);
        this.validator = factory.getSequenceValidator();
    }

    /** The tags of the tokens of one sentence. */
    public String[] tag(String[] tokens) {
        return search.bestSequence(tokens, null, context, validator).getOutcomes().toArray(new String[0]);
    }
}
