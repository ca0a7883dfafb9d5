// kernel k119ah_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_att_mix_r: array<f32>;
@group(0) @binding(1) var<storage, read> t1411: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1412: array<f32>;
@group(0) @binding(3) var<storage, read> t390: array<f32>;
@group(0) @binding(4) var<storage, read> t901: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1481: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_ln2_g: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1486: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119ah_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l27: f32 = p_blocks_1_att_mix_r[i];
    let x1411: f32 = t1411[i];
    let v1412: f32 = l27 - x1411;
    t1412[i] = v1412;
    let l391: f32 = t390[i];
    let l946: f32 = t901[0i];
    let v1481: f32 = l391 * l946;
    t1481[i] = v1481;
    let l1482: f32 = p_optim_m_blocks_1_ln2_g[i];
    let v1484: f32 = l1482 * 0.9f;
    let v1485: f32 = v1481 * 0.1f;
    let v1486: f32 = v1484 + v1485;
    t1486[i] = v1486;
  }
}
