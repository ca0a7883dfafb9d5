// kernel k35b_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t204: array<f32>;
@group(0) @binding(2) var<storage, read> t316: array<f32>;
@group(0) @binding(3) var<storage, read> t327: array<f32>;
@group(0) @binding(4) var<storage, read> t178: array<f32>;
@group(0) @binding(5) var<storage, read_write> t333: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k35b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_head_w[i];
  let l328: f32 = t204[0i];
  let v329: f32 = l5 * l328;
  let x316: f32 = t316[i];
  let x327: f32 = t327[i];
  let v330: f32 = x316 / x327;
  let l331: f32 = t178[0i];
  let v332: f32 = v330 * l331;
  let v333: f32 = v329 - v332;
  t333[i] = v333;
}
