// kernel k119af_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_att_mix_v: array<f32>;
@group(0) @binding(1) var<storage, read> t1394: array<f32>;
@group(0) @binding(2) var<storage, read> t910: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1396: array<f32>;
@group(0) @binding(4) var<storage, read> t702: array<f32>;
@group(0) @binding(5) var<storage, read> t901: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1397: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119af_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l26: f32 = p_blocks_1_att_mix_v[i];
    let x1394: f32 = t1394[i];
    let l969: f32 = t910[0i];
    let v1395: f32 = x1394 * l969;
    let v1396: f32 = l26 - v1395;
    t1396[i] = v1396;
    let l702: f32 = t702[i];
    let l946: f32 = t901[0i];
    let v1397: f32 = l702 * l946;
    t1397[i] = v1397;
  }
}
