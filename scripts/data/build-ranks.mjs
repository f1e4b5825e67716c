// Writes server/data/ranks.json from the rank tables below, compiled by the project from published
// rank tables (the `source` of each group says which). Spelling variants that news uses for the same
// rank (dotless British abbreviations, hyphenated forms, "Lieut.") are derived by rule, so the table
// only lists each rank's distinct written forms once. Which tradition a country's forces follow is
// read from source/rank-traditions.txt.
import { readSourceRows, writeJson } from './data-files.mjs';

const STANAG = (nation, annex) => `NATO STANAG 2116 (Edition 6, 2010) ${annex}, ${nation}`;
const US_DOD =
  'US Department of Defense officer and enlisted rank insignia charts (defense.gov); AP Stylebook military titles';
const UK_MOD = 'UK Ministry of Defence rank insignia charts (gov.uk)';
const RU_LAW =
  'Russian Federation Federal Law 53-FZ "On Military Duty and Military Service", art. 46 (rank list); ' +
  'NATO code aligned by shoulder-board stars, not an official equivalence';
const TR_LAW = 'Türk Silahlı Kuvvetleri Personel Kanunu 926, art. 29 (rank list)';

/**
 * Each group: tradition, branch, nato basis, source, then rows [name, nato code or '', ...forms].
 * Forms are the ways news writes the rank besides its name; capitalised as in running text.
 */
const groups = [
  {
    tradition: 'US',
    branch: 'army',
    basis: 'official',
    source: `${STANAG('United States (Army)', 'Annexes A and D')}; ${US_DOD}`,
    rows: [
      ['General of the Army', 'OF-10', 'Gen. of the Army', 'Five-Star General'],
      ['General', 'OF-9', 'Gen.', 'Four-Star General'],
      ['Lieutenant General', 'OF-8', 'Lt. Gen.', 'Three-Star General', 'LTG'],
      ['Major General', 'OF-7', 'Maj. Gen.', 'Two-Star General'],
      ['Brigadier General', 'OF-6', 'Brig. Gen.', 'Brig.-Gen.', 'One-Star General'],
      ['Colonel', 'OF-5', 'Col.'],
      ['Lieutenant Colonel', 'OF-4', 'Lt. Col.', 'LTC'],
      ['Major', 'OF-3', 'Maj.'],
      ['Captain', 'OF-2', 'Capt.', 'CPT'],
      ['First Lieutenant', 'OF-1', '1st Lt.', '1st Lieutenant'],
      ['Second Lieutenant', 'OF-1', '2nd Lt.', '2nd Lieutenant'],
      ['Chief Warrant Officer 5', 'WO-5', 'Chief Warrant Officer Five', 'CW5'],
      ['Chief Warrant Officer 4', 'WO-4', 'Chief Warrant Officer Four', 'CW4'],
      ['Chief Warrant Officer 3', 'WO-3', 'Chief Warrant Officer Three', 'CW3'],
      ['Chief Warrant Officer 2', 'WO-2', 'Chief Warrant Officer Two', 'CW2', 'Chief Warrant Officer'],
      ['Warrant Officer 1', 'WO-1', 'Warrant Officer One', 'WO1', 'Warrant Officer'],
      ['Sergeant Major of the Army', 'OR-9', 'Sgt. Maj. of the Army'],
      ['Command Sergeant Major', 'OR-9', 'Command Sgt. Maj.'],
      ['Sergeant Major', 'OR-9', 'Sgt. Maj.'],
      ['First Sergeant', 'OR-8', '1st Sgt.', '1st Sergeant'],
      ['Master Sergeant', 'OR-8', 'Master Sgt.'],
      ['Sergeant First Class', 'OR-7', 'Sgt. 1st Class', 'Sergeant 1st Class'],
      ['Staff Sergeant', 'OR-6', 'Staff Sgt.'],
      ['Sergeant', 'OR-5', 'Sgt.'],
      ['Corporal', 'OR-4', 'Cpl.'],
      ['Specialist', 'OR-4', 'Spc.', 'Spec.'],
      ['Private First Class', 'OR-3', 'Pfc.', 'PFC', 'Private 1st Class'],
      ['Private Second Class', 'OR-2', 'Pvt. 2', 'PV2'],
      ['Private', 'OR-1', 'Pvt.'],
    ],
  },
  {
    tradition: 'US',
    branch: 'marines',
    basis: 'official',
    source: `${STANAG('United States (Marine Corps, by the Army grade it corresponds to)', 'Annexes A and D')}; ${US_DOD}`,
    rows: [
      ['General', 'OF-9', 'Gen.'],
      ['Lieutenant General', 'OF-8', 'Lt. Gen.', 'LtGen'],
      ['Major General', 'OF-7', 'Maj. Gen.', 'MajGen'],
      ['Brigadier General', 'OF-6', 'Brig. Gen.', 'BGen'],
      ['Colonel', 'OF-5', 'Col.'],
      ['Lieutenant Colonel', 'OF-4', 'Lt. Col.', 'LtCol'],
      ['Major', 'OF-3', 'Maj.'],
      ['Captain', 'OF-2', 'Capt.'],
      ['First Lieutenant', 'OF-1', '1st Lt.', '1stLt'],
      ['Second Lieutenant', 'OF-1', '2nd Lt.', '2ndLt'],
      ['Sergeant Major of the Marine Corps', 'OR-9', 'Sgt. Maj. of the Marine Corps'],
      ['Sergeant Major', 'OR-9', 'Sgt. Maj.', 'SgtMaj'],
      ['Master Gunnery Sergeant', 'OR-9', 'Master Gunnery Sgt.', 'MGySgt'],
      ['First Sergeant', 'OR-8', '1st Sgt.'],
      ['Master Sergeant', 'OR-8', 'Master Sgt.', 'MSgt'],
      ['Gunnery Sergeant', 'OR-7', 'Gunnery Sgt.', 'Gunny', 'GySgt'],
      ['Staff Sergeant', 'OR-6', 'Staff Sgt.', 'SSgt'],
      ['Sergeant', 'OR-5', 'Sgt.'],
      ['Corporal', 'OR-4', 'Cpl.'],
      ['Lance Corporal', 'OR-3', 'Lance Cpl.', 'LCpl'],
      ['Private First Class', 'OR-2', 'Pfc.'],
      ['Private', 'OR-1', 'Pvt.'],
    ],
  },
  {
    tradition: 'US',
    branch: 'navy',
    basis: 'official',
    source: `${STANAG('United States (Navy)', 'Annexes B and E')}; ${US_DOD}`,
    rows: [
      ['Fleet Admiral', 'OF-10', 'Fleet Adm.'],
      ['Admiral', 'OF-9', 'Adm.'],
      ['Vice Admiral', 'OF-8', 'Vice Adm.', 'VADM'],
      ['Rear Admiral', 'OF-7', 'Rear Adm.', 'Rear Admiral (upper half)', 'RADM'],
      ['Rear Admiral (lower half)', 'OF-6', 'Rear Adm. (lower half)', 'RDML'],
      ['Captain', 'OF-5', 'Capt.'],
      ['Commander', 'OF-4', 'Cmdr.', 'Cdr.'],
      ['Lieutenant Commander', 'OF-3', 'Lt. Cmdr.', 'Lt. Cdr.', 'LCDR'],
      ['Lieutenant', 'OF-2', 'Lt.'],
      ['Lieutenant Junior Grade', 'OF-1', 'Lieutenant (junior grade)', 'Lt. j.g.', 'Lt. (j.g.)', 'LTJG'],
      ['Ensign', 'OF-1', 'Ens.'],
      ['Master Chief Petty Officer of the Navy', 'OR-9', 'MCPON'],
      ['Master Chief Petty Officer', 'OR-9', 'Master Chief', 'MCPO'],
      ['Senior Chief Petty Officer', 'OR-8', 'Senior Chief', 'SCPO'],
      ['Chief Petty Officer', 'OR-7', 'Chief Petty Officer', 'CPO'],
      ['Petty Officer First Class', 'OR-6', 'Petty Officer 1st Class'],
      ['Petty Officer Second Class', 'OR-5', 'Petty Officer 2nd Class'],
      ['Petty Officer Third Class', 'OR-4', 'Petty Officer 3rd Class', 'Petty Officer'],
      ['Seaman', 'OR-3'],
      ['Seaman Apprentice', 'OR-2'],
      ['Seaman Recruit', 'OR-1'],
    ],
  },
  {
    tradition: 'US',
    branch: 'air force',
    basis: 'official',
    source: `${STANAG('United States (Air Force; Space Force uses the same officer grades)', 'Annexes C and F')}; ${US_DOD}`,
    rows: [
      ['General of the Air Force', 'OF-10'],
      ['General', 'OF-9', 'Gen.'],
      ['Lieutenant General', 'OF-8', 'Lt. Gen.'],
      ['Major General', 'OF-7', 'Maj. Gen.'],
      ['Brigadier General', 'OF-6', 'Brig. Gen.'],
      ['Colonel', 'OF-5', 'Col.'],
      ['Lieutenant Colonel', 'OF-4', 'Lt. Col.'],
      ['Major', 'OF-3', 'Maj.'],
      ['Captain', 'OF-2', 'Capt.'],
      ['First Lieutenant', 'OF-1', '1st Lt.'],
      ['Second Lieutenant', 'OF-1', '2nd Lt.'],
      ['Chief Master Sergeant of the Air Force', 'OR-9'],
      ['Chief Master Sergeant', 'OR-9', 'Chief Master Sgt.', 'CMSgt'],
      ['Senior Master Sergeant', 'OR-8', 'Senior Master Sgt.', 'SMSgt'],
      ['Master Sergeant', 'OR-7', 'Master Sgt.', 'MSgt'],
      ['Technical Sergeant', 'OR-6', 'Tech. Sgt.', 'TSgt'],
      ['Staff Sergeant', 'OR-5', 'Staff Sgt.', 'SSgt'],
      ['Senior Airman', 'OR-4', 'SrA'],
      ['Airman First Class', 'OR-3', 'Airman 1st Class', 'A1C'],
      ['Airman', 'OR-2', 'Amn'],
      ['Airman Basic', 'OR-1'],
    ],
  },
  {
    tradition: 'UK',
    branch: 'army',
    basis: 'official',
    source: `${STANAG('United Kingdom (Army)', 'Annexes A and D')}; ${UK_MOD}`,
    rows: [
      ['Field Marshal', 'OF-10', 'FM'],
      ['General', 'OF-9', 'Gen'],
      ['Lieutenant General', 'OF-8', 'Lt Gen'],
      ['Major General', 'OF-7', 'Maj Gen'],
      ['Brigadier', 'OF-6', 'Brig'],
      ['Colonel', 'OF-5', 'Col'],
      ['Lieutenant Colonel', 'OF-4', 'Lt Col'],
      ['Major', 'OF-3', 'Maj'],
      ['Captain', 'OF-2', 'Capt'],
      ['Lieutenant', 'OF-1', 'Lt'],
      ['Second Lieutenant', 'OF-1', '2nd Lt', '2Lt'],
      ['Warrant Officer Class 1', 'OR-9', 'WO1', 'Regimental Sergeant Major', 'RSM'],
      ['Warrant Officer Class 2', 'OR-8', 'WO2', 'Company Sergeant Major', 'CSM'],
      ['Staff Sergeant', 'OR-7', 'SSgt', 'Colour Sergeant', 'CSgt'],
      ['Sergeant', 'OR-6', 'Sgt'],
      ['Corporal', 'OR-4', 'Cpl', 'Bombardier', 'Bdr'],
      ['Lance Corporal', 'OR-3', 'LCpl', 'L/Cpl', 'Lance Bombardier', 'LBdr'],
      [
        'Private',
        'OR-2',
        'Pte',
        'Trooper',
        'Tpr',
        'Gunner',
        'Gnr',
        'Sapper',
        'Spr',
        'Guardsman',
        'Gdsm',
        'Rifleman',
        'Rfn',
        'Fusilier',
        'Fus',
        'Craftsman',
        'Signaller',
      ],
    ],
  },
  {
    tradition: 'UK',
    branch: 'navy',
    basis: 'official',
    source: `${STANAG('United Kingdom (Royal Navy)', 'Annexes B and E')}; ${UK_MOD}`,
    rows: [
      ['Admiral of the Fleet', 'OF-10'],
      ['Admiral', 'OF-9', 'Adm'],
      ['Vice Admiral', 'OF-8', 'Vice Adm', 'VAdm'],
      ['Rear Admiral', 'OF-7', 'Rear Adm', 'RAdm'],
      ['Commodore', 'OF-6', 'Cdre'],
      ['Captain', 'OF-5', 'Capt'],
      ['Commander', 'OF-4', 'Cdr'],
      ['Lieutenant Commander', 'OF-3', 'Lt Cdr'],
      ['Lieutenant', 'OF-2', 'Lt'],
      ['Sub-Lieutenant', 'OF-1', 'Sub Lt', 'SLt'],
      ['Warrant Officer 1', 'OR-9', 'WO1', 'Warrant Officer Class 1'],
      ['Warrant Officer 2', 'OR-8', 'WO2', 'Warrant Officer Class 2'],
      ['Chief Petty Officer', 'OR-7', 'CPO'],
      ['Petty Officer', 'OR-6', 'PO'],
      ['Leading Seaman', 'OR-4', 'Leading Rate', 'LS'],
      ['Able Seaman', 'OR-2', 'AB'],
    ],
  },
  {
    tradition: 'UK',
    branch: 'air force',
    basis: 'official',
    source: `${STANAG('United Kingdom (Royal Air Force)', 'Annexes C and F')}; ${UK_MOD}`,
    rows: [
      ['Marshal of the Royal Air Force', 'OF-10', 'MRAF'],
      ['Air Chief Marshal', 'OF-9', 'ACM'],
      ['Air Marshal', 'OF-8', 'AM'],
      ['Air Vice-Marshal', 'OF-7', 'Air Vice Marshal', 'AVM'],
      ['Air Commodore', 'OF-6', 'Air Cdre'],
      ['Group Captain', 'OF-5', 'Gp Capt', 'Grp Capt'],
      ['Wing Commander', 'OF-4', 'Wg Cdr', 'Wing Cdr'],
      ['Squadron Leader', 'OF-3', 'Sqn Ldr'],
      ['Flight Lieutenant', 'OF-2', 'Flt Lt', 'Flight Lt'],
      ['Flying Officer', 'OF-1', 'Fg Off'],
      ['Pilot Officer', 'OF-1', 'Plt Off'],
      ['Warrant Officer', 'OR-9', 'WO', 'Warrant Officer of the Royal Air Force', 'Master Aircrew'],
      ['Flight Sergeant', 'OR-7', 'Flt Sgt', 'Chief Technician', 'Chf Tech'],
      ['Sergeant', 'OR-6', 'Sgt'],
      ['Corporal', 'OR-4', 'Cpl'],
      ['Lance Corporal', 'OR-3', 'LCpl'],
      ['Senior Aircraftman', 'OR-2', 'Senior Aircraftwoman', 'SAC', 'Leading Aircraftman', 'LAC'],
      [
        'Air Specialist Class 1',
        'OR-2',
        'Air Specialist (Class 1)',
        'Air Specialist Class 2',
        'Air Specialist (Class 2)',
      ],
      ['Aircraftman', 'OR-1', 'Aircraftwoman', 'Air Recruit'],
    ],
  },
  {
    tradition: 'Soviet-style',
    branch: 'army',
    basis: 'comparable',
    source: RU_LAW,
    rows: [
      ['Marshal of the Russian Federation', 'OF-10', 'Marshal of the Soviet Union', 'Marshal'],
      ['Army General', 'OF-9', 'General of the Army', 'Army Gen.', 'Gen. of the Army'],
      ['Colonel General', 'OF-8', 'Col. Gen.', 'Colonel-General', 'General-Colonel', 'General Colonel'],
      ['Lieutenant General', 'OF-7', 'Lt. Gen.', 'General-Lieutenant', 'General Lieutenant'],
      ['Major General', 'OF-6', 'Maj. Gen.', 'General-Major', 'General Major'],
      ['Colonel', 'OF-5', 'Col.'],
      ['Lieutenant Colonel', 'OF-4', 'Lt. Col.'],
      ['Major', 'OF-3', 'Maj.'],
      ['Captain', 'OF-2', 'Capt.'],
      ['Senior Lieutenant', 'OF-1', 'Sr. Lt.', 'Senior Lt.'],
      ['Lieutenant', 'OF-1', 'Lt.'],
      ['Junior Lieutenant', 'OF-1', 'Jr. Lt.', 'Junior Lt.'],
      ['Senior Warrant Officer', '', 'Senior Praporshchik', 'Senior Ensign'],
      ['Warrant Officer', '', 'Praporshchik', 'Ensign'],
      ['Starshina', '', 'Sergeant Major'],
      ['Senior Sergeant', '', 'Sr. Sgt.'],
      ['Sergeant', '', 'Sgt.'],
      ['Junior Sergeant', '', 'Jr. Sgt.', 'Lance Sergeant'],
      ['Yefreytor', '', 'Efreitor', 'Corporal', 'Private First Class'],
      ['Private', '', 'Ryadovoy', 'Pvt.'],
    ],
  },
  {
    tradition: 'Soviet-style',
    branch: 'navy',
    basis: 'comparable',
    source: RU_LAW,
    rows: [
      ['Admiral of the Fleet', 'OF-9', 'Fleet Admiral', 'Adm. of the Fleet'],
      ['Admiral', 'OF-8', 'Adm.'],
      ['Vice Admiral', 'OF-7', 'Vice Adm.'],
      ['Rear Admiral', 'OF-6', 'Rear Adm.'],
      ['Captain 1st Rank', 'OF-5', 'Captain First Rank', 'Capt. 1st Rank', 'Captain of the 1st Rank'],
      ['Captain 2nd Rank', 'OF-4', 'Captain Second Rank', 'Capt. 2nd Rank', 'Captain of the 2nd Rank'],
      ['Captain 3rd Rank', 'OF-3', 'Captain Third Rank', 'Capt. 3rd Rank', 'Captain of the 3rd Rank'],
      ['Captain Lieutenant', 'OF-2', 'Captain-Lieutenant', 'Capt. Lt.'],
      ['Senior Lieutenant', 'OF-1', 'Sr. Lt.'],
      ['Lieutenant', 'OF-1', 'Lt.'],
      ['Junior Lieutenant', 'OF-1', 'Jr. Lt.'],
      ['Michman', '', 'Senior Michman', 'Midshipman'],
      ['Chief Ship Starshina', '', 'Chief Petty Officer'],
      ['Sailor', '', 'Senior Sailor', 'Matros'],
    ],
  },
  {
    tradition: 'Türkiye',
    branch: 'any',
    basis: 'official',
    source: `${STANAG('Türkiye (Land Forces; the Air Force and Gendarmerie use the same ranks)', 'Annex A')}; ${TR_LAW}`,
    rows: [
      ['Field Marshal', 'OF-10', 'Mareşal', 'Maresal', 'Marshal'],
      ['General', 'OF-9', 'Orgeneral', 'Army General', 'Org.', 'Full General'],
      ['Lieutenant General', 'OF-8', 'Korgeneral', 'Korg.', 'Lt. Gen.', 'Corps General'],
      ['Major General', 'OF-7', 'Tümgeneral', 'Tumgeneral', 'Tümg.', 'Maj. Gen.', 'Division General'],
      ['Brigadier General', 'OF-6', 'Tuğgeneral', 'Tuggeneral', 'Tuğg.', 'Brig. Gen.'],
      ['Colonel', 'OF-5', 'Albay', 'Col.'],
      ['Lieutenant Colonel', 'OF-4', 'Yarbay', 'Lt. Col.'],
      ['Major', 'OF-3', 'Binbaşı', 'Binbasi', 'Maj.'],
      ['Captain', 'OF-2', 'Yüzbaşı', 'Yuzbasi', 'Capt.'],
      ['First Lieutenant', 'OF-1', 'Üsteğmen', 'Usteğmen', 'Ustegmen', '1st Lt.'],
      ['Lieutenant', 'OF-1', 'Teğmen', 'Tegmen', 'Lt.'],
      ['Second Lieutenant', 'OF-1', 'Asteğmen', 'Astegmen', '2nd Lt.'],
      ['Sergeant', '', 'Çavuş', 'Cavus', 'Sgt.'],
      ['Specialist Sergeant', '', 'Uzman Çavuş', 'Uzman Cavus'],
      ['Corporal', '', 'Onbaşı', 'Onbasi', 'Cpl.'],
      ['Private', '', 'Er', 'Pvt.'],
    ],
  },
  {
    tradition: 'Türkiye',
    branch: 'navy',
    basis: 'official',
    source: `${STANAG('Türkiye (Naval Forces)', 'Annex B')}; ${TR_LAW}`,
    rows: [
      ['Grand Admiral', 'OF-10', 'Büyükamiral', 'Buyukamiral'],
      ['Admiral', 'OF-9', 'Oramiral', 'Adm.'],
      ['Vice Admiral', 'OF-8', 'Koramiral', 'Vice Adm.'],
      ['Rear Admiral', 'OF-7', 'Tümamiral', 'Tumamiral', 'Rear Adm.'],
      ['Rear Admiral (lower half)', 'OF-6', 'Tuğamiral', 'Tugamiral', 'Commodore'],
    ],
  },
  {
    tradition: 'Germany',
    branch: 'army',
    basis: 'official',
    source: STANAG('Germany (Heer and Luftwaffe)', 'Annex A'),
    rows: [
      ['General', 'OF-9'],
      ['Lieutenant General', 'OF-8', 'Generalleutnant'],
      ['Major General', 'OF-7', 'Generalmajor'],
      ['Brigadier General', 'OF-6', 'Brigadegeneral'],
      ['Colonel', 'OF-5', 'Oberst'],
      ['Lieutenant Colonel', 'OF-4', 'Oberstleutnant'],
      ['Major', 'OF-3'],
      ['Captain', 'OF-2', 'Hauptmann'],
      ['First Lieutenant', 'OF-1', 'Oberleutnant'],
      ['Lieutenant', 'OF-1', 'Leutnant'],
    ],
  },
  {
    tradition: 'Germany',
    branch: 'navy',
    basis: 'official',
    source: STANAG('Germany (Marine)', 'Annex B'),
    rows: [
      ['Admiral', 'OF-9'],
      ['Vice Admiral', 'OF-8', 'Vizeadmiral'],
      ['Rear Admiral', 'OF-7', 'Konteradmiral'],
      ['Flotilla Admiral', 'OF-6', 'Flottillenadmiral'],
      ['Captain', 'OF-5', 'Kapitän zur See', 'Kapitan zur See'],
      ['Commander', 'OF-4', 'Fregattenkapitän', 'Fregattenkapitan'],
      ['Lieutenant Commander', 'OF-3', 'Korvettenkapitän', 'Korvettenkapitan'],
    ],
  },
  {
    tradition: 'France',
    branch: 'army',
    basis: 'official',
    source: STANAG(
      'France (Armée de Terre, Armée de l’Air; the Gendarmerie uses the same officer ranks)',
      'Annex A',
    ),
    rows: [
      ['Marshal of France', 'OF-10', 'Maréchal de France'],
      ['Army General', 'OF-9', "Général d'armée", "General d'armee"],
      [
        'Corps General',
        'OF-8',
        "Général de corps d'armée",
        "General de corps d'armee",
        'Général de corps aérien',
      ],
      [
        'Division General',
        'OF-7',
        'Général de division',
        'General de division',
        'Général de division aérienne',
      ],
      ['Brigade General', 'OF-6', 'Général de brigade', 'General de brigade', 'Général de brigade aérienne'],
      ['Colonel', 'OF-5'],
      ['Lieutenant Colonel', 'OF-4', 'Lieutenant-colonel'],
      ['Commandant', 'OF-3', 'Chef de bataillon', "Chef d'escadron"],
      ['Captain', 'OF-2', 'Capitaine'],
      ['Lieutenant', 'OF-1'],
      ['Second Lieutenant', 'OF-1', 'Sous-lieutenant'],
    ],
  },
  {
    tradition: 'France',
    branch: 'navy',
    basis: 'official',
    source: STANAG('France (Marine nationale)', 'Annex B'),
    rows: [
      ['Admiral', 'OF-9', 'Amiral'],
      ['Squadron Vice-Admiral', 'OF-8', "Vice-amiral d'escadre"],
      ['Vice-Admiral', 'OF-7', 'Vice-amiral'],
      ['Counter-Admiral', 'OF-6', 'Contre-amiral'],
      ['Ship-of-the-line Captain', 'OF-5', 'Capitaine de vaisseau'],
      ['Frigate Captain', 'OF-4', 'Capitaine de frégate', 'Capitaine de fregate'],
      ['Corvette Captain', 'OF-3', 'Capitaine de corvette'],
    ],
  },
  {
    tradition: 'China',
    branch: 'any',
    basis: 'comparable',
    source:
      'Regulations on Military Ranks of Officers of the Chinese People’s Liberation Army (rank list); ' +
      'NATO code aligned by grade (General with Western four-star rank, Senior Colonel with one-star) ' +
      'as in common comparative tables, not an official equivalence',
    rows: [
      ['General', 'OF-9', 'Gen.'],
      ['Lieutenant General', 'OF-8', 'Lt. Gen.'],
      ['Major General', 'OF-7', 'Maj. Gen.'],
      ['Senior Colonel', 'OF-6', 'Sr. Col.', 'Senior Col.'],
      ['Colonel', 'OF-5', 'Col.'],
      ['Admiral', 'OF-9', 'Adm.'],
      ['Vice Admiral', 'OF-8', 'Vice Adm.'],
      ['Rear Admiral', 'OF-7', 'Rear Adm.'],
      ['Senior Captain', 'OF-6'],
    ],
  },
  {
    tradition: 'UK',
    branch: 'police',
    basis: undefined,
    source: 'Police ranks of England and Wales (College of Policing; Police Act 1996); no NATO code applies',
    rows: [
      ['Commissioner', '', 'Commissioner of Police of the Metropolis', 'Met Commissioner'],
      ['Deputy Commissioner', ''],
      ['Assistant Commissioner', ''],
      ['Deputy Assistant Commissioner', ''],
      ['Commander', '', 'Cmdr'],
      ['Chief Constable', '', 'CC'],
      ['Deputy Chief Constable', '', 'DCC'],
      ['Assistant Chief Constable', '', 'ACC'],
      [
        'Chief Superintendent',
        '',
        'Ch Supt',
        'Chief Supt',
        'Detective Chief Superintendent',
        'Det Ch Supt',
        'DCS',
      ],
      ['Superintendent', '', 'Supt', 'Detective Superintendent', 'Det Supt'],
      ['Chief Inspector', '', 'Ch Insp', 'Detective Chief Inspector', 'Det Ch Insp', 'DCI'],
      ['Inspector', '', 'Insp', 'Detective Inspector', 'Det Insp', 'DI'],
      ['Police Sergeant', '', 'Detective Sergeant', 'Det Sgt', 'DS', 'PS'],
      ['Police Constable', '', 'Constable', 'Detective Constable', 'Det Con', 'PC', 'DC', 'WPC'],
    ],
  },
  {
    tradition: 'US',
    branch: 'police',
    basis: undefined,
    source:
      'Rank titles of US municipal police and sheriff’s departments (e.g. NYPD rank insignia); no NATO code applies',
    rows: [
      ['Police Commissioner', '', 'Commissioner'],
      ['Chief of Police', '', 'Police Chief'],
      ['Chief of Department', ''],
      ['Deputy Chief', ''],
      ['Deputy Inspector', ''],
      ['Police Captain', ''],
      ['Police Lieutenant', ''],
      ['Police Sergeant', ''],
      ['Detective', '', 'Det.', 'Detective First Grade', 'Detective Second Grade', 'Detective Third Grade'],
      ['Police Officer', '', 'Officer', 'Patrolman', 'Patrol Officer', 'Trooper', 'State Trooper'],
      ['Sheriff', ''],
      ['Deputy Sheriff', '', 'Sheriff’s Deputy'],
    ],
  },
  {
    tradition: 'Police (military-style)',
    branch: 'police',
    basis: undefined,
    source:
      'Special ranks of internal-affairs bodies with military-style names (Russian Federation Law on Police ' +
      'art. 26; Kazakhstan Law on Law Enforcement Service; Royal Thai Police rank list); no NATO code applies',
    rows: [
      ['Police General', '', 'Pol. Gen.', 'General of Police'],
      ['Police Colonel General', '', 'Colonel General of Police'],
      ['Police Lieutenant General', '', 'Pol. Lt. Gen.', 'Lieutenant General of Police'],
      ['Police Major General', '', 'Pol. Maj. Gen.', 'Major General of Police'],
      ['Police Colonel', '', 'Pol. Col.', 'Colonel of Police'],
      ['Police Lieutenant Colonel', '', 'Pol. Lt. Col.', 'Lieutenant Colonel of Police'],
      ['Police Major', '', 'Pol. Maj.', 'Major of Police'],
      ['Police Captain', '', 'Pol. Capt.', 'Captain of Police'],
      ['Police Senior Lieutenant', '', 'Senior Lieutenant of Police'],
      ['Police Lieutenant', '', 'Pol. Lt.', 'Lieutenant of Police'],
      ['Police Sergeant', '', 'Pol. Sgt.'],
    ],
  },
  {
    tradition: 'India',
    branch: 'police',
    basis: undefined,
    source: 'Indian Police Service rank structure (Ministry of Home Affairs, India); no NATO code applies',
    rows: [
      ['Director General of Police', '', 'DGP'],
      ['Additional Director General of Police', '', 'ADGP'],
      ['Inspector General of Police', '', 'IGP', 'Inspector General'],
      ['Deputy Inspector General of Police', '', 'Deputy Inspector General'],
      ['Senior Superintendent of Police', '', 'SSP'],
      ['Superintendent of Police', '', 'SP'],
      ['Deputy Superintendent of Police', '', 'DSP'],
      ['Sub-Inspector', '', 'Sub Inspector'],
      ['Assistant Sub-Inspector', '', 'ASI'],
      ['Head Constable', ''],
    ],
  },
  {
    tradition: 'Gendarmerie',
    branch: 'gendarmerie',
    basis: undefined,
    source:
      'Gendarmerie rank titles (French Gendarmerie nationale, Italian Carabinieri); Türkiye’s and Kazakhstan’s ' +
      'gendarmerie and national guard use the army ranks listed under those traditions; no NATO code recorded',
    rows: [
      ['Gendarme', ''],
      ['Carabiniere', '', 'Carabinieri'],
      ['Gendarmerie Sergeant', '', 'Maréchal des logis', 'Marechal des logis'],
    ],
  },
];

// Short all-capital codes that are also ordinary words, or too short to be safe once matching
// ignores case ("AM", "PC", "DI", "SP"), are kept out: news writes these ranks in other ways too.
const unsafe = new Set([
  'AM',
  'PC',
  'DC',
  'DI',
  'DS',
  'PS',
  'SP',
  'CC',
  'PO',
  'LS',
  'AB',
  'WO',
  'FM',
  'SAC',
  'LAC',
  'MSG',
  'ACC',
  'ASI',
  'Er',
  'Fus',
  'Spr',
  'Gnr',
  'SI',
  'Spec',
  'Det',
  'Org',
]);

// Only a pair of rank words is hyphenated ("Lieutenant-General", "Lt-Col"), never "Major-of Police".
const hyphenSeconds =
  /^(General|Gen\.?|Colonel|Col\.?|Commander|Cdr\.?|Cmdr\.?|Admiral|Adm\.?|Major|Corporal|Cpl\.?|Sergeant|Bombardier|Marshal|Lieutenant|Lt\.?)$/;
const hyphenPrefixes = new Set([
  'Lieutenant',
  'Major',
  'Brigadier',
  'Colonel',
  'Vice',
  'Rear',
  'Sergeant',
  'Lance',
  'Sub',
]);

/** Every spelling of one written form: dotless, hyphenated after a prefix, "Lieut." for "Lt.". */
function variants(form) {
  const out = new Set([form]);
  if (form.includes('.')) out.add(form.replace(/\./g, '').replace(/\s+/g, ' ').trim());
  for (const f of [...out]) {
    const words = f.split(' ');
    const hyphenable = words.length >= 2 && hyphenSeconds.test(words[1]);
    if (hyphenable && hyphenPrefixes.has(words[0])) out.add(`${words[0]}-${words.slice(1).join(' ')}`);
    if (hyphenable && /^(Lt|Maj|Brig|Col)\.?$/.test(words[0])) {
      out.add(`${words[0]}-${words.slice(1).join(' ')}`);
    }
    if (/^Lt\.? /.test(f)) out.add(f.replace(/^Lt(\.?) /, 'Lieut$1 '));
    if (f.startsWith('Lieutenant ')) out.add(f.replace('Lieutenant ', 'Lieut. '));
    if (f.includes('-')) out.add(f.replace(/-/g, ' '));
  }
  return [...out].filter((v) => v.length > 1 && !unsafe.has(v));
}

const ranks = [];
for (const g of groups) {
  for (const [name, nato, ...forms] of g.rows) {
    const all = new Set([name, ...forms].flatMap(variants));
    const row = { name, forms: [...all].sort(), branch: g.branch, tradition: g.tradition };
    if (nato) {
      row.nato = nato;
      row.natoBasis = g.basis;
    }
    row.source = g.source;
    ranks.push(row);
  }
}
// Country (ISO alpha-2) → tradition, checked against the tables above.
const traditions = new Set(groups.map((g) => g.tradition));
const traditionByCountry = {};
for (const [tradition, codes] of readSourceRows('rank-traditions.txt')) {
  if (!traditions.has(tradition)) throw new Error(`rank-traditions.txt: no rank table for ${tradition}`);
  for (const code of codes.split(',').map((c) => c.trim())) {
    if (!/^[A-Z]{2}$/.test(code)) throw new Error(`rank-traditions.txt: ${code} is not an ISO alpha-2 code`);
    if (code in traditionByCountry) throw new Error(`rank-traditions.txt: ${code} is listed twice`);
    traditionByCountry[code] = tradition;
  }
}
const sortedTraditions = Object.fromEntries(
  Object.entries(traditionByCountry).sort(([a], [b]) => (a < b ? -1 : 1)),
);
writeJson('ranks.json', { ranks, traditionByCountry: sortedTraditions });
console.log(
  `ranks.json: ${ranks.length} rows, ${Object.keys(sortedTraditions).length} countries' traditions`,
);
