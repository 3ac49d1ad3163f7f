import {
  type DaysAgo,
  type DemoCase,
  globalHealth,
  imaging,
  pathology,
  qlqC30Series,
  staged,
} from './demoCaseKit';

// Fictional DICOM study UIDs under one root per center.
const STUDY_ROOT = '1.2.276.0.7230010.3.1.2.8323329';
/** Berlin's cases for the upcoming joint thoracic board (fictional patients). */
export function berlinUpcomingCases(ago: DaysAgo): DemoCase[] {
  return [
    {
      institution: 'CCCC',
      presenter: 'oncologist.berlin@konsil.test',
      status: 'ready',
      allottedMinutes: 10,
      content: {
        ageYears: 58,
        ageBand: null,
        sex: 'female',
        diagnosis: {
          icd10: {
            system: 'ICD-10-GM',
            code: 'C34.1',
            text: 'Bösartige Neubildung: Oberlappen (-Bronchus)',
          },
          topography: 'C34.1',
          morphology: '8140/3',
          laterality: 'right',
          diagnosedOn: ago(34),
        },
        staging: staged('9', 'cT2a cN2a cM0', 'IIIA', 'G2'),
        biomarkers: [
          { name: 'EGFR', result: 'Exon-19-Deletion (p.E746_A750del), NGS' },
          { name: 'PD-L1 (TPS)', result: '60 % (22C3)' },
          { name: 'ALK', result: 'negativ (IHC D5F3)' },
          { name: 'ROS1', result: 'keine Fusion (RNA-NGS)' },
        ],
        ecog: 1,
        comorbidities: 'Arterielle Hypertonie, Hypothyreose (substituiert). Nie-Raucherin.',
        priorTherapies: [],
        references: [
          imaging('CT Thorax/Abdomen mit KM', ago(41), `${STUDY_ROOT}.1`),
          imaging(
            'FDG-PET/CT: Primärtumor rechter Oberlappen 38 mm, nur Station 4R FDG-avid',
            ago(30),
            `${STUDY_ROOT}.2`,
          ),
          imaging('cMRT Schädel: keine Hirnmetastasen', ago(28), `${STUDY_ROOT}.3`),
          pathology('EBUS-TBNA: Adenokarzinom in 4R, Stationen 7 und 10R tumorfrei', ago(34)),
        ],
        proms: [
          ...globalHealth(ago, [
            [34, 75],
            [20, 67],
            [6, 58],
          ]),
          ...qlqC30Series(ago, 'FA', [
            [34, 22],
            [20, 33],
            [6, 44],
          ]),
          ...qlqC30Series(ago, 'DY', [
            [34, 33],
            [20, 33],
            [6, 33],
          ]),
        ],
        question:
          'Potenziell resektables Stadium IIIA (cN2a, nur Station 4R) mit EGFR-Exon-19-Deletion: ' +
          'Lobektomie mit adjuvantem Osimertinib oder definitive Radiochemotherapie mit ' +
          'Osimertinib-Erhaltung (LAURA)? Trotz PD-L1 60 % keine Immuntherapie wegen EGFR – ' +
          'Zustimmung?\nResectable IIIA with EGFR ex19del: surgery plus adjuvant osimertinib, ' +
          'or chemoradiotherapy followed by osimertinib?',
        consent: true,
        homeReference: 'CH-4711-0815',
      },
      notes: [
        { heading: 'Vorbesprechung Thoraxchirurgie / Pre-discussion' },
        {
          paragraph:
            'Funktionell operabel: FEV1 78 %, DLCO 71 %. Lobektomie rechts oben technisch machbar, ' +
            'Station 4R im EBUS als einzige N2-Station.',
        },
        {
          bullets: [
            'Strahlentherapie: definitive RCT mit 60 Gy möglich, V20 voraussichtlich < 30 %.',
            'Question for Seoul: experience with osimertinib after chemoradiotherapy (LAURA)?',
          ],
        },
      ],
    },
    {
      institution: 'CCCC',
      presenter: 'surgeon.berlin@konsil.test',
      status: 'submitted',
      allottedMinutes: 8,
      content: {
        ageYears: 71,
        ageBand: null,
        sex: 'male',
        diagnosis: {
          icd10: { system: 'ICD-10-GM', code: 'C45.0', text: 'Mesotheliom der Pleura' },
          topography: 'C38.4',
          morphology: '9050/3',
          laterality: 'right',
          diagnosedOn: ago(19),
        },
        staging: staged('8', 'cT2 cN0 cM0', 'IB', null),
        biomarkers: [
          { name: 'BAP1', result: 'Verlust der nukleären Expression (IHC)' },
          { name: 'MTAP', result: 'Verlust (IHC)' },
          { name: 'PD-L1 (TPS)', result: '< 1 %' },
        ],
        ecog: 1,
        comorbidities:
          'KHK, Stent RIVA 2019; Asbestexposition als Werftarbeiter (BK 4105 gemeldet). ' +
          'Ex-Raucher, 20 pack years.',
        priorTherapies: [
          {
            description: 'VATS-Pleurabiopsie und Talkum-Pleurodese rechts',
            startedOn: ago(21),
            endedOn: ago(21),
          },
        ],
        references: [
          imaging('CT Thorax mit KM: Pleuraverdickung rechts, Erguss', ago(33), `${STUDY_ROOT}.11`),
          imaging('FDG-PET/CT: keine Fernmetastasen', ago(12), `${STUDY_ROOT}.12`),
          pathology(
            'Pleurabiopsien: malignes Mesotheliom, an der Biopsie überwiegend epitheloid, Subtyp nicht sicher',
            ago(19),
          ),
        ],
        proms: globalHealth(ago, [
          [30, 58],
          [18, 50],
          [4, 50],
        ]),
        question:
          'Pleuramesotheliom rechts, cT2 cN0 cM0, ECOG 1: Pleurektomie/Dekortikation im ' +
          'multimodalen Konzept (nach MARS 2 zurückhaltend) oder primär Systemtherapie ' +
          '(Nivolumab/Ipilimumab bzw. Chemotherapie + Pembrolizumab)? Studienangebot?',
        // Consent to cross-institution discussion is pending: only Berlin sees this case.
        consent: false,
        homeReference: 'CH-4711-1207',
      },
    },
    {
      institution: 'CCCC',
      presenter: 'pathologist.berlin@konsil.test',
      status: 'submitted',
      allottedMinutes: 7,
      content: {
        ageYears: 66,
        ageBand: null,
        sex: 'male',
        diagnosis: {
          icd10: {
            system: 'ICD-10-GM',
            code: 'C34.3',
            text: 'Bösartige Neubildung: Unterlappen (-Bronchus)',
          },
          topography: 'C34.3',
          morphology: '8070/3',
          laterality: 'left',
          diagnosedOn: ago(150),
        },
        staging: staged('9', 'ypT1b ypN0 cM0', 'IA2', 'G3'),
        biomarkers: [
          { name: 'PD-L1 (TPS)', result: '30 % (22C3)' },
          { name: 'EGFR', result: 'keine Mutation (NGS)' },
          { name: 'ALK', result: 'negativ (IHC D5F3)' },
        ],
        ecog: 0,
        comorbidities:
          'COPD GOLD 2, Diabetes mellitus Typ 2; 40 pack years, seit Diagnose Nichtraucher.',
        priorTherapies: [
          {
            description: 'Neoadjuvant 3 Zyklen Nivolumab + Carboplatin/Paclitaxel (cT3 cN1 cM0)',
            startedOn: ago(131),
            endedOn: ago(89),
          },
          {
            description: 'VATS-Lobektomie links unten mit systematischer Lymphadenektomie',
            startedOn: ago(61),
            endedOn: ago(61),
          },
        ],
        references: [
          imaging('CT Thorax vor Therapie', ago(152), `${STUDY_ROOT}.21`),
          imaging(
            'CT Thorax nach neoadjuvanter Therapie: partielle Remission',
            ago(80),
            `${STUDY_ROOT}.22`,
          ),
          pathology(
            'Resektat: ypT1b ypN0 (0/19), R0, 8 % vitaler Tumor – major pathological response, keine pCR',
            ago(56),
          ),
        ],
        proms: globalHealth(ago, [
          [140, 67],
          [95, 58],
          [45, 50],
          [10, 67],
        ]),
        question:
          'Nach neoadjuvanter Chemoimmuntherapie und R0-Lobektomie: ypT1b ypN0, MPR ohne pCR. ' +
          'Adjuvante Fortführung von Nivolumab (perioperativ analog CheckMate 77T) oder ' +
          'Nachsorge?\nAdjuvant nivolumab after MPR without pCR, or surveillance?',
        consent: true,
        homeReference: 'CH-4711-0923',
      },
    },
  ];
}
