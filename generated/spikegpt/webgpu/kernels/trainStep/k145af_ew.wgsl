// kernel k145af_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_att_mix_v: array<f32>;
@group(0) @binding(1) var<storage, read> t1488: array<f32>;
@group(0) @binding(2) var<storage, read> t1004: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1490: array<f32>;
@group(0) @binding(4) var<storage, read> t796: array<f32>;
@group(0) @binding(5) var<storage, read> t995: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1491: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145af_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l26: f32 = p_blocks_1_att_mix_v[i];
    let x1488: f32 = t1488[i];
    let l1063: f32 = t1004[0i];
    let v1489: f32 = x1488 * l1063;
    let v1490: f32 = l26 - v1489;
    t1490[i] = v1490;
    let l796: f32 = t796[i];
    let l1040: f32 = t995[0i];
    let v1491: f32 = l796 * l1040;
    t1491[i] = v1491;
  }
}
