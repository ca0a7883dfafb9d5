// kernel k315e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1806: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1815: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read> t1811: array<f32>;
@group(0) @binding(5) var<storage, read> t1583: array<f32>;
@group(0) @binding(6) var<storage, read> t1582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1821: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1808: f32 = p_optim_v_layers_1_attn_norm_g[i];
    let v1812: f32 = l1808 * 0.95f;
    let x1806: f32 = t1806[i];
    let v1813: f32 = x1806 * x1806;
    let v1814: f32 = v1813 * 0.05f;
    let v1815: f32 = v1812 + v1814;
    t1815[i] = v1815;
    let l10: f32 = p_layers_1_attn_norm_g[i];
    let x1811: f32 = t1811[i];
    let v1816: f32 = sqrt(v1815);
    let l1635: f32 = t1583[0i];
    let v1817: f32 = v1816 / l1635;
    let v1818: f32 = v1817 + 1e-8f;
    let v1819: f32 = x1811 / v1818;
    let l1641: f32 = t1582[0i];
    let v1820: f32 = v1819 * l1641;
    let v1821: f32 = l10 - v1820;
    t1821[i] = v1821;
  }
}
