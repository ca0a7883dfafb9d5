// kernel k198l_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1244: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1246: array<f32>;
@group(0) @binding(4) var<storage, read> t731: array<f32>;
@group(0) @binding(5) var<storage, read> t986: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1247: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l12: f32 = p_blocks_0_ln2_g[i];
    let x1244: f32 = t1244[i];
    let l1080: f32 = t995[0i];
    let v1245: f32 = x1244 * l1080;
    let v1246: f32 = l12 - v1245;
    t1246[i] = v1246;
    let l732: f32 = t731[i];
    let l1057: f32 = t986[0i];
    let v1247: f32 = l732 * l1057;
    t1247[i] = v1247;
  }
}
