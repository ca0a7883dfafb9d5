// kernel k145l_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_att_mix_k: array<f32>;
@group(0) @binding(1) var<storage, read> t1159: array<f32>;
@group(0) @binding(2) var<storage, read> t1004: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1161: array<f32>;
@group(0) @binding(4) var<storage, read> t802: array<f32>;
@group(0) @binding(5) var<storage, read> t995: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1162: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l7: f32 = p_blocks_0_att_mix_k[i];
    let x1159: f32 = t1159[i];
    let l1063: f32 = t1004[0i];
    let v1160: f32 = x1159 * l1063;
    let v1161: f32 = l7 - v1160;
    t1161[i] = v1161;
    let l802: f32 = t802[i];
    let l1040: f32 = t995[0i];
    let v1162: f32 = l802 * l1040;
    t1162[i] = v1162;
  }
}
