// kernel k119t_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_ffn_mix_k: array<f32>;
@group(0) @binding(1) var<storage, read> t1209: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1218: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_ffn_mix_k: array<f32>;
@group(0) @binding(4) var<storage, read> t1214: array<f32>;
@group(0) @binding(5) var<storage, read> t911: array<f32>;
@group(0) @binding(6) var<storage, read> t910: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1224: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119t_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1211: f32 = p_optim_v_blocks_0_ffn_mix_k[i];
    let v1215: f32 = l1211 * 0.95f;
    let x1209: f32 = t1209[i];
    let v1216: f32 = x1209 * x1209;
    let v1217: f32 = v1216 * 0.05f;
    let v1218: f32 = v1215 + v1217;
    t1218[i] = v1218;
    let l16: f32 = p_blocks_0_ffn_mix_k[i];
    let x1214: f32 = t1214[i];
    let v1219: f32 = sqrt(v1218);
    let l963: f32 = t911[0i];
    let v1220: f32 = v1219 / l963;
    let v1221: f32 = v1220 + 1e-8f;
    let v1222: f32 = x1214 / v1221;
    let l969: f32 = t910[0i];
    let v1223: f32 = v1222 * l969;
    let v1224: f32 = l16 - v1223;
    t1224[i] = v1224;
  }
}
