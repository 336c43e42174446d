import type { Question } from '../core/quiz/question';
import { no, yes } from './quiz-choices';

/** Questions for the data and modeling stages: at least three per stage. */
export const DATA_AND_MODEL_QUESTIONS: Question[] = [
  // retrieve
  {
    id: 'retrieve-method',
    kind: 'single',
    stage: 'retrieve',
    prompt: 'Which HTTP method does the page use to download the penguins CSV?',
    options: [
      yes('get', 'GET', 'Right. GET asks for a resource and changes nothing on the server.'),
      no('post', 'POST', 'POST sends data for the server to process, such as instances to predict. Downloading needs no body.'),
      no('put', 'PUT', 'PUT creates or replaces a resource. In our API it sets an endpoint\'s config.'),
      no('delete', 'DELETE', 'DELETE removes a resource. It would not give you the data.'),
    ],
  },
  {
    id: 'retrieve-raw-first',
    kind: 'single',
    stage: 'retrieve',
    prompt: 'Why look at the raw text of the data before using it?',
    options: [
      yes('spot', 'To spot problems early, such as empty cells, odd values or a wrong format.', 'Right. Our CSV has empty cells where birds were not measured. You want to know that before training.'),
      no('speed', 'It makes the download faster.', 'Looking at data does not change how fast it arrives.'),
      no('model', 'The model needs you to read it first.', 'The model never knows whether you looked. You look for your own sake, to find problems.'),
      no('format', 'It converts the CSV into JSON.', 'Reading text does not convert it. Conversion is a separate step you write code for.'),
    ],
  },
  {
    id: 'retrieve-sources',
    kind: 'multiple',
    stage: 'retrieve',
    prompt: 'Where can the data for a model come from?',
    options: [
      yes('database', 'A database', 'Right. Many companies keep their data in databases and query it.'),
      yes('bucket', 'A file in cloud storage (a bucket)', 'Right. Large data sets often sit as files in cloud storage.'),
      yes('api', 'A web API', 'Right. That is how this page gets the penguins: with a GET request to an API.'),
      no('weights', 'The model\'s own weights', 'Wrong. Weights are what training produces from the data. They are not the data.'),
    ],
  },
  // explore
  {
    id: 'explore-problems',
    kind: 'multiple',
    stage: 'explore',
    prompt: 'Which problems do you look for when cleaning data?',
    options: [
      yes('missing', 'Missing values', 'Right. Empty cells must be dropped or filled, or the model cannot use the row.'),
      yes('outliers', 'Outliers: values far from the rest', 'Right. An outlier can be a rare real value or an error. You check which before you remove it.'),
      yes('mistakes', 'Mistakes, such as a value in the wrong unit', 'Right. A body mass typed in kilograms instead of grams is a classic one.'),
      no('long-names', 'Columns with long names', 'Wrong. A long name is inconvenient but harmless. The model only sees the values.'),
    ],
  },
  {
    id: 'explore-scatter',
    kind: 'single',
    stage: 'explore',
    prompt: 'Why draw a scatter plot of two measurements, with one mark per species?',
    options: [
      yes('separate', 'To see which measurements separate the species well: the prominent features.', 'Right. If the groups form separate clouds, those features will help the model tell species apart.'),
      no('clean', 'To remove the missing values.', 'A plot shows data. It does not change it. Rows with missing values are simply left out of the plot.'),
      no('train', 'To train the model faster.', 'Plots are for you, not for the model. Training speed does not depend on them.'),
      no('prove', 'To prove the model will be accurate.', 'A plot can suggest that a task is easy. Only the test set measures the model.'),
    ],
  },
  {
    id: 'explore-unit-mistake',
    kind: 'single',
    stage: 'explore',
    prompt: 'Most body masses are between 2,700 and 6,300 grams. One row says 4.2. What is it most likely?',
    options: [
      yes('kilograms', 'A mistake: someone typed kilograms instead of grams.', 'Right. 4.2 kg is 4,200 g, a normal penguin. Fix it or drop the row; do not let the model learn from it.'),
      no('tiny', 'A real, very tiny penguin.', 'A 4-gram penguin is impossible. Use what you know about the world to spot mistakes.'),
      no('fine', 'A normal value. The model will handle it.', 'The model learns whatever the data says. A wrong value teaches it something wrong.'),
      no('missing', 'A missing value.', 'The cell is not empty. It holds a value, just a wrong one.'),
    ],
  },
  // prepare
  {
    id: 'prepare-why-standardize',
    kind: 'single',
    stage: 'prepare',
    prompt: 'Why do many models expect standardized features?',
    options: [
      yes('scale', 'It puts all features on one scale, so a feature does not dominate just because its numbers are big.', 'Right. Body mass is in thousands, bill depth under 25. After standardizing, both have mean 0 and standard deviation 1.'),
      no('more-data', 'It adds more rows to the data set.', 'Standardizing changes the values in each column. The number of rows stays the same.'),
      no('outliers', 'It removes outliers.', 'An outlier stays an outlier after standardizing. It is just measured in standard deviations.'),
      no('csv', 'CSV files require it.', 'CSV is a text format. It stores any numbers, scaled or not.'),
    ],
  },
  {
    id: 'prepare-split-purpose',
    kind: 'matching',
    stage: 'prepare',
    prompt: 'Match each data set with what it is used for.',
    pairs: [
      { id: 'training', left: 'Training set', right: 'The model learns its weights from it', explanation: 'The training set is the only data the model learns from.' },
      { id: 'validation', left: 'Validation set', right: 'You compare settings and choose one', explanation: 'The validation set is for your choices, such as the learning rate.' },
      { id: 'test', left: 'Test set', right: 'One final, honest measurement', explanation: 'The test set is used once, at the end, so its score stays honest.' },
    ],
  },
  {
    id: 'prepare-fit-on',
    kind: 'single',
    stage: 'prepare',
    prompt: 'The standardizer needs a mean and a standard deviation per feature. Which rows do you compute them on?',
    options: [
      yes('train', 'The training rows only. Then apply the same numbers to every set and to the endpoint.', 'Right. Fitting on training rows only keeps the other sets unseen. The numbers ship with the model.'),
      no('all', 'All rows, before splitting.', 'Then the test rows shape the numbers: information leaks from the test set into training.'),
      no('each', 'Each set on its own rows.', 'Then the same penguin would get different values in different sets. And the endpoint has no "set" to fit on.'),
      no('test', 'The test rows only.', 'That uses the test set before the end, and the training data would be scaled by numbers it never saw.'),
    ],
  },
  // train
  {
    id: 'train-what',
    kind: 'single',
    stage: 'train',
    prompt: 'What happens during training?',
    options: [
      yes('weights', 'The model\'s weights are adjusted, step by step, to make the loss on the training data smaller.', 'Right. The loss measures how wrong the predictions are. Training pushes it down.'),
      no('store', 'The model stores every training row to look up later.', 'A neural network keeps only its weights, not the rows. Our model has far fewer numbers than the data set.'),
      no('test', 'The model is checked on the test set after each step.', 'The test set stays untouched until the end. Training watches training and validation loss.'),
      no('rules', 'You write the rules that tell species apart.', 'In machine learning the model finds the rules from examples. You choose the model and the data.'),
    ],
  },
  {
    id: 'train-overfit',
    kind: 'single',
    stage: 'train',
    prompt: 'The training loss keeps falling, but the validation loss starts to rise. What is happening?',
    options: [
      yes('overfit', 'The model is memorizing the training data (overfitting).', 'Right. It gets better on rows it has seen and worse on new ones. Stop earlier or use a simpler model.'),
      no('good', 'The model keeps improving. Train longer.', 'Only on the training rows. The validation loss shows it is getting worse on new data.'),
      no('bug', 'The data set is broken.', 'This pattern is normal when training goes on too long. It does not mean the data is broken.'),
      no('lr', 'The learning rate is zero.', 'With a learning rate of zero nothing would change: both losses would stay flat.'),
    ],
  },
  {
    id: 'train-epoch',
    kind: 'single',
    stage: 'train',
    prompt: 'What is an epoch?',
    options: [
      yes('pass', 'One full pass over the training data.', 'Right. Training usually runs for many epochs.'),
      no('model', 'One trained model.', 'One model is trained over many epochs.'),
      no('row', 'One row of data.', 'A row is one example. An epoch goes over all of them once.'),
      no('time', 'One second of training.', 'Epochs count passes over the data, not time.'),
    ],
  },
  // tune
  {
    id: 'tune-hyperparameter',
    kind: 'single',
    stage: 'tune',
    prompt: 'What is a hyperparameter?',
    options: [
      yes('setting', 'A setting you choose before training, such as the learning rate or the number of hidden units.', 'Right. Training does not learn it. You try values and compare them.'),
      no('weight', 'A weight the model learns.', 'Weights are parameters: training sets them. Hyperparameters are set by you.'),
      no('feature', 'A column of the data.', 'That is a feature, such as flipper length.'),
      no('score', 'The accuracy on the test set.', 'That is a result of evaluation, not a setting.'),
    ],
  },
  {
    id: 'tune-which-set',
    kind: 'single',
    stage: 'tune',
    prompt: 'You trained three models with different learning rates. Which set do you use to pick the best one?',
    options: [
      yes('validation', 'The validation set', 'Right. It is held out from training, and it exists to support exactly this choice.'),
      no('training', 'The training set', 'A model can score well on rows it learned from just by memorizing them. That says little about new data.'),
      no('test', 'The test set', 'If the test score picks the model, it is no longer an honest estimate. Keep it for the very end.'),
      no('all', 'All rows together', 'That mixes in the training rows and the test rows, with both problems above.'),
    ],
  },
  {
    id: 'tune-why-not-test',
    kind: 'free',
    stage: 'tune',
    prompt: 'Explain why you must not choose your settings by their test score.',
    modelAnswer: 'The test score should estimate how the model does on data it has never seen. If you pick settings because they score best on the test set, the test set has shaped your model. Its score becomes too optimistic, and you have nothing honest left to measure with.',
    keyPoints: ['the test score must stay an honest estimate', 'choosing by it makes the test set part of training', 'use the validation set for choices'],
  },
  // evaluate
  {
    id: 'evaluate-when',
    kind: 'single',
    stage: 'evaluate',
    prompt: 'When do you use the test set?',
    options: [
      yes('once', 'Once, after all choices are made.', 'Right. Then its score tells how the model will do on new penguins.'),
      no('each-epoch', 'After every epoch of training.', 'That is what the validation loss is for. Looking at the test set often turns it into a second validation set.'),
      no('tuning', 'While tuning, to compare settings.', 'Comparing settings is the job of the validation set.'),
      no('never', 'Never; the validation score is enough.', 'The validation score helped you choose, so it is slightly optimistic. The test set gives the final, honest number.'),
    ],
  },
  {
    id: 'evaluate-confusion',
    kind: 'single',
    stage: 'evaluate',
    prompt: 'What does a confusion matrix show?',
    options: [
      yes('mixups', 'For each true species, how often the model predicted each species: which ones get mixed up.', 'Right. The diagonal holds the right answers. Everything else is a mix-up.'),
      no('loss', 'How the loss changed during training.', 'That is the loss curve from the training step.'),
      no('features', 'Which features are most important.', 'A confusion matrix counts predictions. It says nothing about features.'),
      no('accuracy-only', 'Only the overall accuracy.', 'It shows much more: accuracy alone hides which species are confused.'),
    ],
  },
  {
    id: 'evaluate-baseline',
    kind: 'single',
    stage: 'evaluate',
    prompt: 'Why compare your model with a baseline that always guesses the most common species?',
    options: [
      yes('beat', 'To check the model learned more than "guess the common answer".', 'Right. Such a baseline is right surprisingly often. A useful model beats it by a wide margin.'),
      no('replace', 'Because the baseline may be deployed instead.', 'It could be, in theory, but that is not why we compute it. It is a yardstick.'),
      no('train', 'The baseline is needed to train the model.', 'Training does not use the baseline. It is only computed for comparison.'),
      no('same', 'Because they should have the same accuracy.', 'If they did, your model would have learned nothing useful.'),
    ],
  },
];
