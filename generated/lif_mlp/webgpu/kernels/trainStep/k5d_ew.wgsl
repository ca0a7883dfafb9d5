// kernel k5d_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t321: array<f32>;
@group(0) @binding(1) var<storage, read_write> t323: array<f32>;
@group(0) @binding(2) var<storage, read> t320: array<f32>;
@group(0) @binding(3) var<storage, read> t227: array<f32>;
@group(0) @binding(4) var<storage, read_write> t334: array<f32>;
@group(0) @binding(5) var<storage, read_write> t336: array<f32>;
@group(0) @binding(6) var<storage, read_write> t346: array<f32>;
@group(0) @binding(7) var<storage, read_write> t347: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x321: f32 = t321[i];
  let v322: bool = x321 > 0.0f;
  let v323: f32 = f32(v322);
  t323[i] = v323;
  let x320: f32 = t320[i];
  let v329: f32 = 0.9f * x320;
  let l331: f32 = t227[1024i + i / 128i * 2048i + i % 128i];
  let v332: f32 = v329 + l331;
  let v333: f32 = v332 - v323;
  let v334: f32 = v333 - 1.0f;
  t334[i] = v334;
  let v335: bool = v334 > 0.0f;
  let v336: f32 = f32(v335);
  t336[i] = v336;
  let v342: f32 = 0.9f * v333;
  let l344: f32 = t227[1152i + i / 128i * 2048i + i % 128i];
  let v345: f32 = v342 + l344;
  let v346: f32 = v345 - v336;
  t346[i] = v346;
  let v347: f32 = v346 - 1.0f;
  t347[i] = v347;
}
