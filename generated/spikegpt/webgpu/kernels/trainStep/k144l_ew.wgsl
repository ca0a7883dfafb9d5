// kernel k144l_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read> t1727: array<f32>;
@group(0) @binding(3) var<storage, read> t1734: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1738: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k144l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l41: f32 = p_head_w[i];
  let l1355: f32 = t1030[0i];
  let v1735: f32 = l41 * l1355;
  let x1727: f32 = t1727[i];
  let x1734: f32 = t1734[i];
  let v1736: f32 = x1727 / x1734;
  let l1358: f32 = t1004[0i];
  let v1737: f32 = v1736 * l1358;
  let v1738: f32 = v1735 - v1737;
  t1738[i] = v1738;
}
