// kernel k94aa_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1173: array<f32>;
@group(0) @binding(2) var<storage, read> t645: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1175: array<f32>;
@group(0) @binding(4) var<storage, read> t288: array<f32>;
@group(0) @binding(5) var<storage, read> t636: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1176: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94aa_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l28: f32 = p_blocks_1_ln2_g[i];
    let x1173: f32 = t1173[i];
    let l730: f32 = t645[0i];
    let v1174: f32 = x1173 * l730;
    let v1175: f32 = l28 - v1174;
    t1175[i] = v1175;
    let l289: f32 = t288[i];
    let l707: f32 = t636[0i];
    let v1176: f32 = l289 * l707;
    t1176[i] = v1176;
  }
}
