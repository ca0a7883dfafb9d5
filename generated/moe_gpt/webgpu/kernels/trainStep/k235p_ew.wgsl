// kernel k235p_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1686: array<f32>;
@group(0) @binding(3) var<storage, read> t1697: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1703: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l30: f32 = p_head_w[i];
  let l1698: f32 = t1146[0i];
  let v1699: f32 = l30 * l1698;
  let x1686: f32 = t1686[i];
  let x1697: f32 = t1697[i];
  let v1700: f32 = x1686 / x1697;
  let l1701: f32 = t1120[0i];
  let v1702: f32 = v1700 * l1701;
  let v1703: f32 = v1699 - v1702;
  t1703[i] = v1703;
}
