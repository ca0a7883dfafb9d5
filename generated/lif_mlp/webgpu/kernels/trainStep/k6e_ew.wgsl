// kernel k6e_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t351: array<f32>;
@group(0) @binding(1) var<storage, read_write> t353: array<f32>;
@group(0) @binding(2) var<storage, read> t350: array<f32>;
@group(0) @binding(3) var<storage, read> t231: array<f32>;
@group(0) @binding(4) var<storage, read_write> t364: array<f32>;
@group(0) @binding(5) var<storage, read_write> t366: array<f32>;
@group(0) @binding(6) var<storage, read_write> t376: array<f32>;
@group(0) @binding(7) var<storage, read_write> t377: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x351: f32 = t351[i];
  let v352: bool = x351 > 0.0f;
  let v353: f32 = f32(v352);
  t353[i] = v353;
  let x350: f32 = t350[i];
  let v359: f32 = 0.9f * x350;
  let l361: f32 = t231[1280i + i / 128i * 2048i + i % 128i];
  let v362: f32 = v359 + l361;
  let v363: f32 = v362 - v353;
  let v364: f32 = v363 - 1.0f;
  t364[i] = v364;
  let v365: bool = v364 > 0.0f;
  let v366: f32 = f32(v365);
  t366[i] = v366;
  let v372: f32 = 0.9f * v363;
  let l374: f32 = t231[1408i + i / 128i * 2048i + i % 128i];
  let v375: f32 = v372 + l374;
  let v376: f32 = v375 - v366;
  t376[i] = v376;
  let v377: f32 = v376 - 1.0f;
  t377[i] = v377;
}
