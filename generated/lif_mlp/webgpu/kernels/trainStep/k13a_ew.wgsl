// kernel k13a_ew (compiler/std/spiking.loom:13:35)
@group(0) @binding(0) var<storage, read> t234: array<f32>;
@group(0) @binding(1) var<storage, read_write> t240: array<f32>;
@group(0) @binding(2) var<storage, read> t247: array<f32>;
@group(0) @binding(3) var<storage, read_write> t253: array<f32>;
@group(0) @binding(4) var<storage, read> t260: array<f32>;
@group(0) @binding(5) var<storage, read_write> t266: array<f32>;
@group(0) @binding(6) var<storage, read> t273: array<f32>;
@group(0) @binding(7) var<storage, read_write> t279: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l234: f32 = t234[i];
  let v237: f32 = l234 * 3.1415927f;
  let v238: f32 = v237 * v237;
  let v239: f32 = 1.0f + v238;
  let v240: f32 = 1.0f / v239;
  t240[i] = v240;
  let l247: f32 = t247[i];
  let v250: f32 = l247 * 3.1415927f;
  let v251: f32 = v250 * v250;
  let v252: f32 = 1.0f + v251;
  let v253: f32 = 1.0f / v252;
  t253[i] = v253;
  let l260: f32 = t260[i];
  let v263: f32 = l260 * 3.1415927f;
  let v264: f32 = v263 * v263;
  let v265: f32 = 1.0f + v264;
  let v266: f32 = 1.0f / v265;
  t266[i] = v266;
  let l273: f32 = t273[i];
  let v276: f32 = l273 * 3.1415927f;
  let v277: f32 = v276 * v276;
  let v278: f32 = 1.0f + v277;
  let v279: f32 = 1.0f / v278;
  t279[i] = v279;
}
