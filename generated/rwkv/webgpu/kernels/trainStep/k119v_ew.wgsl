// kernel k119v_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_mix_r: array<f32>;
@group(0) @binding(1) var<storage, read> t1238: array<f32>;
@group(0) @binding(2) var<storage, read> t910: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1240: array<f32>;
@group(0) @binding(4) var<storage, read> t490: array<f32>;
@group(0) @binding(5) var<storage, read> t901: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1301: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119v_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l17: f32 = p_blocks_0_ffn_mix_r[i];
    let x1238: f32 = t1238[i];
    let l969: f32 = t910[0i];
    let v1239: f32 = x1238 * l969;
    let v1240: f32 = l17 - v1239;
    t1240[i] = v1240;
    let l491: f32 = t490[i];
    let l946: f32 = t901[0i];
    let v1301: f32 = l491 * l946;
    t1301[i] = v1301;
  }
}
