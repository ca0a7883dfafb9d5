// kernel k235p_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1666: array<f32>;
@group(0) @binding(3) var<storage, read> t1677: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1683: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l30: f32 = p_head_w[i];
  let l1678: f32 = t1126[0i];
  let v1679: f32 = l30 * l1678;
  let x1666: f32 = t1666[i];
  let x1677: f32 = t1677[i];
  let v1680: f32 = x1666 / x1677;
  let l1681: f32 = t1100[0i];
  let v1682: f32 = v1680 * l1681;
  let v1683: f32 = v1679 - v1682;
  t1683[i] = v1683;
}
