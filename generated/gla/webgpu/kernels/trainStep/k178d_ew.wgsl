// kernel k178d_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t925: array<f32>;
@group(0) @binding(2) var<storage, read> t1522: array<f32>;
@group(0) @binding(3) var<storage, read> t1533: array<f32>;
@group(0) @binding(4) var<storage, read> t899: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1539: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k178d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l32: f32 = p_head_w[i];
  let l1534: f32 = t925[0i];
  let v1535: f32 = l32 * l1534;
  let x1522: f32 = t1522[i];
  let x1533: f32 = t1533[i];
  let v1536: f32 = x1522 / x1533;
  let l1537: f32 = t899[0i];
  let v1538: f32 = v1536 * l1537;
  let v1539: f32 = v1535 - v1538;
  t1539[i] = v1539;
}
