// kernel k6d_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t325: array<f32>;
@group(0) @binding(1) var<storage, read_write> t327: array<f32>;
@group(0) @binding(2) var<storage, read> t324: array<f32>;
@group(0) @binding(3) var<storage, read> t231: array<f32>;
@group(0) @binding(4) var<storage, read_write> t338: array<f32>;
@group(0) @binding(5) var<storage, read_write> t340: array<f32>;
@group(0) @binding(6) var<storage, read_write> t350: array<f32>;
@group(0) @binding(7) var<storage, read_write> t351: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k6d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x325: f32 = t325[i];
  let v326: bool = x325 > 0.0f;
  let v327: f32 = f32(v326);
  t327[i] = v327;
  let x324: f32 = t324[i];
  let v333: f32 = 0.9f * x324;
  let l335: f32 = t231[1024i + i / 128i * 2048i + i % 128i];
  let v336: f32 = v333 + l335;
  let v337: f32 = v336 - v327;
  let v338: f32 = v337 - 1.0f;
  t338[i] = v338;
  let v339: bool = v338 > 0.0f;
  let v340: f32 = f32(v339);
  t340[i] = v340;
  let v346: f32 = 0.9f * v337;
  let l348: f32 = t231[1152i + i / 128i * 2048i + i % 128i];
  let v349: f32 = v346 + l348;
  let v350: f32 = v349 - v340;
  t350[i] = v350;
  let v351: f32 = v350 - 1.0f;
  t351[i] = v351;
}
