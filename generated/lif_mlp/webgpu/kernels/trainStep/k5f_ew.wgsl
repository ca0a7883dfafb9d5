// kernel k5f_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t373: array<f32>;
@group(0) @binding(1) var<storage, read_write> t375: array<f32>;
@group(0) @binding(2) var<storage, read> t372: array<f32>;
@group(0) @binding(3) var<storage, read> t227: array<f32>;
@group(0) @binding(4) var<storage, read_write> t386: array<f32>;
@group(0) @binding(5) var<storage, read_write> t388: array<f32>;
@group(0) @binding(6) var<storage, read_write> t398: array<f32>;
@group(0) @binding(7) var<storage, read_write> t399: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x373: f32 = t373[i];
  let v374: bool = x373 > 0.0f;
  let v375: f32 = f32(v374);
  t375[i] = v375;
  let x372: f32 = t372[i];
  let v381: f32 = 0.9f * x372;
  let l383: f32 = t227[1536i + i / 128i * 2048i + i % 128i];
  let v384: f32 = v381 + l383;
  let v385: f32 = v384 - v375;
  let v386: f32 = v385 - 1.0f;
  t386[i] = v386;
  let v387: bool = v386 > 0.0f;
  let v388: f32 = f32(v387);
  t388[i] = v388;
  let v394: f32 = 0.9f * v385;
  let l396: f32 = t227[1664i + i / 128i * 2048i + i % 128i];
  let v397: f32 = v394 + l396;
  let v398: f32 = v397 - v388;
  t398[i] = v398;
  let v399: f32 = v398 - 1.0f;
  t399[i] = v399;
}
