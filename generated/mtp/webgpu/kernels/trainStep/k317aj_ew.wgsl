// kernel k317aj_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_3_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t2549: array<f32>;
@group(0) @binding(3) var<storage, read> t2556: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2560: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317aj_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l54: f32 = p_mtp_blocks_3_mlp_w3_w[i];
  let l1757: f32 = t1608[0i];
  let v2557: f32 = l54 * l1757;
  let x2549: f32 = t2549[i];
  let x2556: f32 = t2556[i];
  let v2558: f32 = x2549 / x2556;
  let l1760: f32 = t1582[0i];
  let v2559: f32 = v2558 * l1760;
  let v2560: f32 = v2557 - v2559;
  t2560[i] = v2560;
}
