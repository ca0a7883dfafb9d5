// kernel k97b_einsum
@group(0) @binding(0) var<storage, read> t496: array<f32>;
@group(0) @binding(1) var<storage, read> t145: array<f32>;
@group(0) @binding(2) var<storage, read> t147: array<f32>;
@group(0) @binding(3) var<storage, read> t505: array<f32>;
@group(0) @binding(4) var<storage, read_write> t514: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k97b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x496: f32 = t496[i];
  let l145: f32 = t145[i];
  let v506: f32 = x496 * l145;
  let l147: f32 = t147[i];
  let v507: f32 = l147 * l147;
  let v508: f32 = -v507;
  let v509: f32 = exp(v508);
  let v510: f32 = v509 * 1.1283792f;
  let v511: f32 = v506 * v510;
  let v512: f32 = v511 * 0.70710677f;
  let x505: f32 = t505[i];
  let v513: f32 = x505 * 0.5f;
  let v514: f32 = v512 + v513;
  t514[i] = v514;
}
