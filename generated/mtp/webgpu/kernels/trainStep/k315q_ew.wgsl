// kernel k315q_ew
@group(0) @binding(0) var<storage, read> p_mtp_blocks_2_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t2356: array<f32>;
@group(0) @binding(2) var<storage, read> t1582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2358: array<f32>;
@group(0) @binding(4) var<storage, read> t769: array<f32>;
@group(0) @binding(5) var<storage, read> t1573: array<f32>;
@group(0) @binding(6) var<storage, read_write> t2410: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l42: f32 = p_mtp_blocks_2_mlp_norm_g[i];
    let x2356: f32 = t2356[i];
    let l1641: f32 = t1582[0i];
    let v2357: f32 = x2356 * l1641;
    let v2358: f32 = l42 - v2357;
    t2358[i] = v2358;
    let l770: f32 = t769[i];
    let l1618: f32 = t1573[0i];
    let v2410: f32 = l770 * l1618;
    t2410[i] = v2410;
  }
}
