// kernel k115_reduce
@group(0) @binding(0) var<storage, read> t585: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_norm_g_1: array<f32>;
@group(0) @binding(2) var<storage, read> t133: array<f32>;
@group(0) @binding(3) var<storage, read> t141: array<f32>;
@group(0) @binding(4) var<storage, read_write> t615: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k115_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l587: f32 = t585[row / 256i * 4096i + row / 64i % 4i * 16i + row % 64i * 64i + col];
    let l145: f32 = p_layers_0_attn_norm_g_1[col];
    let v600: f32 = l587 * l145;
    let l134: f32 = t133[row * 16i + col];
    let v605: f32 = v600 * l134;
    acc0_0 += v605;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  for (var col_1: i32 = lid; col_1 < 16i; col_1 += 16i) {
    let l587_1: f32 = t585[row / 256i * 4096i + row / 64i % 4i * 16i + row % 64i * 64i + col_1];
    let l145_1: f32 = p_layers_0_attn_norm_g_1[col_1];
    let v600_1: f32 = l587_1 * l145_1;
    let l142: f32 = t141[row];
    let v604: f32 = v600_1 * l142;
    let l141: f32 = t141[row];
    let v607: f32 = l141 * l141;
    let v608: f32 = l141 * v607;
    let v609: f32 = v608 * -0.5f;
    let v610: f32 = r0_0 * v609;
    let v611: f32 = v610 * 0.0625f;
    let l134_1: f32 = t133[row * 16i + col_1];
    let v613: f32 = v611 * l134_1;
    let v614: f32 = v604 + v613;
    let v615: f32 = v614 + v613;
    t615[row * 16i + col_1] = v615;
  }
}
