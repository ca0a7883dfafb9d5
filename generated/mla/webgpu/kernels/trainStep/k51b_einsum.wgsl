// kernel k51b_einsum
@group(0) @binding(0) var<storage, read> t327: array<f32>;
@group(0) @binding(1) var<storage, read> t323: array<f32>;
@group(0) @binding(2) var<storage, read> t249: array<f32>;
@group(0) @binding(3) var<storage, read> t253: array<f32>;
@group(0) @binding(4) var<storage, read> t252: array<f32>;
@group(0) @binding(5) var<storage, read> t251: array<f32>;
@group(0) @binding(6) var<storage, read_write> t334: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k51b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x327: f32 = t327[i];
  let x323: f32 = t323[i];
  let l249: f32 = t249[i];
  let v328: f32 = x323 * l249;
  let l253: f32 = t253[i];
  let v329: f32 = v328 * l253;
  let l252: f32 = t252[i];
  let v330: f32 = v329 / l252;
  let v331: f32 = -v330;
  let l251: f32 = t251[i];
  let v332: f32 = v331 * l251;
  let v333: f32 = -v332;
  let v334: f32 = x327 + v333;
  t334[i] = v334;
}
